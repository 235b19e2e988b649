// What a signed-out reader's browser keeps of the reader surveys: the random token that makes
// its answers one browser's (the server stores only a keyed hash of it) and, per subject, the
// answer last sent, so coming back shows it. Private windows and blocked storage just forget.

import type { SurveyAnswer } from "./api";

const TOKEN_KEY = "sala.survey.token";
const answerKey = (subject: string, id: string) => `sala.survey.answer.${subject}.${id}`;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage refused (private mode, quota): the answer still counts, only once less surely.
  }
}

export function browserToken(): string | undefined {
  return read(TOKEN_KEY) ?? undefined;
}

export function keepBrowserToken(token: string) {
  write(TOKEN_KEY, token);
}

export function storedAnswer(subject: string, id: string): SurveyAnswer | undefined {
  const raw = read(answerKey(subject, id));
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as SurveyAnswer;
    return typeof parsed.usefulness === "number" ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function keepAnswer(subject: string, id: string, answer: SurveyAnswer) {
  // The token is kept once, on its own; the stored answer does not repeat it.
  write(answerKey(subject, id), JSON.stringify({ ...answer, browser_token: null }));
}
