// A proposal's images on its page: each at its display size, its text alternative read to
// those who cannot see it, a link to the full image for those who want it larger.
import { useTranslation } from "react-i18next";
import { apiUrl } from "@/api/client";
import type { Proposal } from "@/api/types";

export function ImageGallery({ images }: { images: Proposal["images"] }) {
  const { t } = useTranslation();
  if (images.length === 0) return null;
  return (
    <section className="image-gallery" aria-label={t("proposal.images.gallery")}>
      <ul>
        {images.map((image) => (
          <li key={image.id}>
            <figure>
              <a href={apiUrl(image.url)} aria-label={t("proposal.images.open", { alt: image.alt })}>
                <img
                  src={apiUrl(image.thumbnail_url)}
                  alt={image.alt}
                  width={image.width}
                  height={image.height}
                  loading="lazy"
                />
              </a>
              <figcaption>{image.alt}</figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
