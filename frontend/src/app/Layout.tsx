// The frame around every page: skip link, header with navigation and language, main, footer.
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from "react-router";
import { LanguageSwitcher } from "@/components/LanguageSwitcher";
import {
  canManageConsultations,
  useMe,
  useSessionChanges,
  useSignedIn,
  useSignOut,
  VerificationBanner,
} from "@/features/auth";
import { ConsentBanner } from "@/features/legal";
import { AgencyNavLink } from "@/features/agency";
import { InboxLink } from "@/features/notifications";
import { SearchBox } from "@/features/search";

function AccountNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useMe();
  const signOut = useSignOut();
  if (!me) {
    return (
      <>
        <li>
          <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
        </li>
        <li>
          <NavLink to="/sign-up">{t("nav.signUp")}</NavLink>
        </li>
      </>
    );
  }
  return (
    <>
      {canManageConsultations(me) && (
        <li>
          <NavLink to="/admin">{t("nav.admin")}</NavLink>
        </li>
      )}
      {(me.role === "moderator" || me.role === "admin") && (
        <li>
          <NavLink to="/moderation">{t("nav.moderation")}</NavLink>
        </li>
      )}
      <AgencyNavLink me={me} />
      <li>
        <InboxLink />
      </li>
      <li>
        <NavLink to="/profile" aria-label={t("nav.profileOf", { name: me.display_name })}>
          {me.display_name}
        </NavLink>
      </li>
      <li>
        <button
          type="button"
          className="button-link"
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate("/") })}
        >
          {t("nav.signOut")}
        </button>
      </li>
    </>
  );
}

/** After each navigation, moves focus to the new page so keyboard and screen-reader users start there. */
function useFocusOnNavigation() {
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  return main;
}

export function Layout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const main = useFocusOnNavigation();
  const signedIn = useSignedIn();
  useSessionChanges();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <span>{t("app.name")}</span>
          </Link>
          <SearchBox />
          <LanguageSwitcher />
        </div>
        <nav className="container" aria-label={t("nav.label")}>
          <ul className="nav-list">
            <li>
              <NavLink to="/" end>
                {t("nav.home")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/organizations">{t("nav.organizations")}</NavLink>
            </li>
            <li>
              <NavLink to="/awards">{t("nav.awards")}</NavLink>
            </li>
            <AccountNav />
          </ul>
        </nav>
      </header>
      <VerificationBanner />
      <ConsentBanner signedIn={signedIn} />
      <main id="main" ref={main} tabIndex={-1} className="container" aria-busy={navigation.state === "loading"}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("footer.about")}</p>
          <ul className="footer-links">
            <li>
              <Link to="/privacy">{t("footer.privacy")}</Link>
            </li>
            <li>
              <Link to="/terms">{t("footer.terms")}</Link>
            </li>
            <li>
              <Link to="/moderation/log">{t("moderation.log.title")}</Link>
            </li>
          </ul>
          <p>{t("footer.licence")}</p>
        </div>
      </footer>
    </>
  );
}
