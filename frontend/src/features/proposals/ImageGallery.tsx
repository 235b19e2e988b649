// A proposal's images on its page: each at its display size, its text alternative read to
// those who cannot see it, a link to the full image for those who want it larger.
import { useTranslation } from "react-i18next";
import type { Proposal } from "@/api/types";
import { ProposalImage, ProposalImageLink } from "./ProposalImage";

/** `restricted`: the proposal is hidden, so its images load with the viewer's sign-in. */
export function ImageGallery({ images, restricted }: { images: Proposal["images"]; restricted: boolean }) {
  const { t } = useTranslation();
  if (images.length === 0) return null;
  return (
    <section className="image-gallery" aria-label={t("proposal.images.gallery")}>
      <ul>
        {images.map((image) => (
          <li key={image.id}>
            <figure>
              <ProposalImageLink
                path={image.url}
                restricted={restricted}
                label={t("proposal.images.open", { alt: image.alt })}
              >
                <ProposalImage
                  path={image.thumbnail_url}
                  restricted={restricted}
                  alt={image.alt}
                  width={image.width}
                  height={image.height}
                  loading="lazy"
                />
              </ProposalImageLink>
              <figcaption>{image.alt}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
