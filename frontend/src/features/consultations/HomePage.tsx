// The front page: what is open for participation now, then everything else.
import { useTranslation } from "react-i18next";
import { QueryState } from "@/components/QueryState";
import { usePageTitle } from "@/components/usePageTitle";
import { OPEN_PHASES, useConsultations } from "./api";
import { ConsultationCard } from "./ConsultationCard";

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  const consultations = useConsultations();

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t("home.title")}</h1>
        <p>{t("home.lead")}</p>
      </section>
      <QueryState query={consultations}>
        {({ items }) => {
          const open = items.filter((c) => OPEN_PHASES.includes(c.phase));
          const others = items.filter((c) => !OPEN_PHASES.includes(c.phase));
          return (
            <>
              <section aria-labelledby="open-title">
                <h2 id="open-title">{t("home.open")}</h2>
                {open.length === 0 ? (
                  <p>{t("home.noneOpen")}</p>
                ) : (
                  <div className="card-grid">
                    {open.map((c) => (
                      <ConsultationCard key={c.id} consultation={c} />
                    ))}
                  </div>
                )}
              </section>
              {others.length > 0 && (
                <section aria-labelledby="other-title">
                  <h2 id="other-title">{t("home.others")}</h2>
                  <div className="card-grid">
                    {others.map((c) => (
                      <ConsultationCard key={c.id} consultation={c} />
                    ))}
                  </div>
                </section>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
