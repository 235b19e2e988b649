// The name shown beside someone's words; a deleted account's words stay, without a name.
import type { TFunction } from "i18next";

export function authorName(author: { display_name: string } | null | undefined, t: TFunction): string {
  if (!author) return t("comment.unknownAuthor");
  return author.display_name.trim() || t("common.deletedAccount");
}
