// A consultation's title and summary in the reader's language: the English text when the
// reader chose English and the organisers wrote one, the Thai otherwise.

interface Titled {
  title: string;
  title_en?: string | null;
}

interface Summarised {
  summary: string;
  summary_en?: string | null;
}

function english(language: string): boolean {
  return language.startsWith("en");
}

export function consultationTitle(consultation: Titled, language: string): string {
  return (english(language) && consultation.title_en) || consultation.title;
}

export function consultationSummary(consultation: Summarised, language: string): string {
  return (english(language) && consultation.summary_en) || consultation.summary;
}
