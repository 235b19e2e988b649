// The header link into the agency area, for the people who may read agency figures.
import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import type { Me } from "@/api/types";
import { isAgencyReader } from "./roles";

export function AgencyNavLink({ me }: { me: Me }) {
  const { t } = useTranslation();
  if (!isAgencyReader(me)) return null;
  return (
    <li>
      <NavLink to="/agency">{t("nav.agency")}</NavLink>
    </li>
  );
}
