// Cache keys of what several features read or refresh: the signed-in account, consultations
// and proposals. Keys only one feature uses stay in that feature's api module.

export const meKey = ["me"] as const;

export const consultationKeys = {
  all: ["consultations"] as const,
  list: () => [...consultationKeys.all, "list"] as const,
  one: (idOrSlug: string) => [...consultationKeys.all, "one", idOrSlug] as const,
};

export const proposalKeys = {
  all: ["proposals"] as const,
  lists: () => [...proposalKeys.all, "list"] as const,
  list: <Filters extends object>(consultation: string, filters: Filters) =>
    [...proposalKeys.lists(), consultation, filters] as const,
  one: (id: string) => [...proposalKeys.all, "one", id] as const,
  revisions: (id: string) => [...proposalKeys.all, "revisions", id] as const,
};

export const organizationKeys = {
  all: ["organizations"] as const,
  list: <Filters extends object>(filters: Filters) => [...organizationKeys.all, "list", filters] as const,
  one: (slug: string) => [...organizationKeys.all, "one", slug] as const,
  members: (slug: string) => [...organizationKeys.all, "members", slug] as const,
  invitations: (slug: string) => [...organizationKeys.all, "invitations", slug] as const,
};
