// The search form in the header, on every page: Enter opens the search page for the words.
import { useState, type FormEvent } from "react";
import { useLocation, useNavigate } from "react-router";
import { useSearchTranslation } from "./i18n";
import "./search.css";

export function SearchBox() {
  const { t } = useSearchTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [q, setQ] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = q.trim();
    // Keep the filters when searching again from the search page itself.
    const params = new URLSearchParams(location.pathname === "/search" ? location.search : "");
    params.delete("q");
    if (words) params.set("q", words);
    void navigate(`/search?${params.toString()}`);
  };

  return (
    <form role="search" className="search-box" aria-label={t("box.landmark")} onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t("box.label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={q}
        placeholder={t("box.placeholder")}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit" className="button">
        {t("box.submit")}
      </button>
    </form>
  );
}
