// One uploaded image of a proposal. A hidden proposal's images need the viewer's sign-in to
// load (see `useImageSource`); until they have loaded nothing is drawn.
import type { ImgHTMLAttributes } from "react";
import { useImageSource } from "@/api/media";

type Props = { path: string; restricted: boolean } & Omit<ImgHTMLAttributes<HTMLImageElement>, "src">;

export function ProposalImage({ path, restricted, alt, ...rest }: Props) {
  const src = useImageSource(path, restricted);
  if (src === undefined) return null;
  return <img src={src} alt={alt} {...rest} />;
}

/** A link to the full image, for those who want it larger. */
export function ProposalImageLink({
  path,
  restricted,
  label,
  children,
}: {
  path: string;
  restricted: boolean;
  label: string;
  children: React.ReactNode;
}) {
  const href = useImageSource(path, restricted);
  if (href === undefined) return <>{children}</>;
  return (
    <a href={href} aria-label={label}>
      {children}
    </a>
  );
}
