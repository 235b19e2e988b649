// An award's stage and an application's, as badges in the reader's language.
import { useTranslation } from "react-i18next";
import type { ApplicationStage, CallStage } from "./api";
import "./i18n";

export function CallStageBadge({ stage }: { stage: CallStage }) {
  const { t } = useTranslation("awards");
  return <span className={`badge award-stage-${stage}`}>{t(`stage.${stage}`)}</span>;
}

export function ApplicationStageBadge({ stage }: { stage: ApplicationStage }) {
  const { t } = useTranslation("awards");
  return <span className={`badge application-stage-${stage}`}>{t(`applicationStage.${stage}`)}</span>;
}
