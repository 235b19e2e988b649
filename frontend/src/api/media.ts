// Where an `<img>` finds an uploaded image. Public images load by their address, so the browser
// and shared caches keep them; the images of a hidden proposal reach only its author and
// moderators, and an `<img>` sends no sign-in, so those are fetched with it and shown as a
// `data:` address (which the page's security policy already allows).
import { useQuery } from "@tanstack/react-query";
import { apiUrl, fetchApiFile } from "./client";

export const mediaKeys = {
  restricted: (path: string) => ["media", "restricted", path] as const,
};

async function asDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const chunks: string[] = [];
  // In slices: one call with every byte as an argument would overflow the stack.
  for (let at = 0; at < bytes.length; at += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  }
  return `data:${blob.type};base64,${btoa(chunks.join(""))}`;
}

/**
 * The address to show the image at `path` from: the API's address when anyone may see it,
 * otherwise the image itself once fetched with the caller's sign-in (undefined until then).
 */
export function useImageSource(path: string, restricted: boolean): string | undefined {
  const fetched = useQuery({
    queryKey: mediaKeys.restricted(path),
    queryFn: async () => asDataUrl(await fetchApiFile(path)),
    enabled: restricted,
    staleTime: Infinity,
  });
  return restricted ? fetched.data : apiUrl(path);
}
