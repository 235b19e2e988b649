// An uploaded file sent as the request body itself, not as JSON, under its own type: what the
// image and document upload endpoints take.

export function fileBody(file: File) {
  return {
    // The generated types describe the body as a string of bytes; the file is that.
    body: file as unknown as string,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { "Content-Type": file.type || "application/octet-stream" },
  };
}
