// Text the server rendered from markdown. The API sanitizes it (ammonia) before storing, which
// is what makes inserting it as HTML safe here.
export function RichText({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose ${className}`.trim()} dangerouslySetInnerHTML={{ __html: html }} />;
}
