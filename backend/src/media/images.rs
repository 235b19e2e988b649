//! An uploaded image made safe to show: its real type read from its bytes (JPEG, PNG or
//! WebP, whatever the request claimed), decoded under limits so that a small file that
//! unpacks into gigabytes is refused before it is unpacked, turned upright, scaled to a
//! display size and a thumbnail, and encoded afresh. Only pixels survive: EXIF (camera, GPS
//! position, time), comments and any other embedded data are left behind.
//!
//! CPU-bound: callers run it on a blocking thread.

use std::io::Cursor;

use bytes::Bytes;
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Larger uploads are refused before they are decoded.
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;
/// The longest side of the image shown on a proposal's page.
pub const DISPLAY_SIDE: u32 = 1600;
/// The longest side of the thumbnail on a proposal's card.
pub const THUMBNAIL_SIDE: u32 = 480;
/// Larger pictures (in either direction) are refused without being decoded.
const MAX_SIDE: u32 = 12_000;
/// What the decoder may allocate: a 40-megapixel RGBA picture fits.
const MAX_DECODE_BYTES: u64 = 200 * 1024 * 1024;
const JPEG_QUALITY: u8 = 85;

/// Why an upload is not an image Sala shows.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ImageRefusal {
    #[error("Only JPEG, PNG and WebP images are accepted.")]
    UnsupportedType,
    #[error("The image cannot be read: {0}")]
    Unreadable(String),
    #[error("The picture is too large to process: at most {MAX_SIDE} pixels a side.")]
    TooManyPixels,
}

/// One re-encoded picture.
#[derive(Debug, Clone)]
pub struct Encoded {
    pub bytes: Bytes,
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
}

/// What is kept of an uploaded image.
#[derive(Debug, Clone)]
pub struct Processed {
    pub display: Encoded,
    pub thumbnail: Encoded,
}

/// The format the bytes are in, when it is one Sala accepts.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    match image::guess_format(bytes).ok()? {
        format @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP) => Some(format),
        _ => None,
    }
}

/// Decodes, turns upright, scales and re-encodes.
pub fn process(bytes: &[u8]) -> Result<Processed, ImageRefusal> {
    let format = sniff(bytes).ok_or(ImageRefusal::UnsupportedType)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    let orientation = decoder.orientation().map_err(refusal)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    picture.apply_orientation(orientation);
    Ok(Processed {
        display: encode(&fit(&picture, DISPLAY_SIDE))?,
        thumbnail: encode(&fit(&picture, THUMBNAIL_SIDE))?,
    })
}

fn refusal(err: image::ImageError) -> ImageRefusal {
    match err {
        image::ImageError::Limits(_) => ImageRefusal::TooManyPixels,
        image::ImageError::Unsupported(_) => ImageRefusal::UnsupportedType,
        other => ImageRefusal::Unreadable(other.to_string()),
    }
}

/// The picture scaled down so its longest side is at most `side`; never scaled up.
fn fit(picture: &DynamicImage, side: u32) -> DynamicImage {
    if picture.width() <= side && picture.height() <= side {
        picture.clone()
    } else {
        picture.resize(side, side, image::imageops::FilterType::Lanczos3)
    }
}

/// JPEG for opaque pictures (photographs), PNG where transparency must be kept.
fn encode(picture: &DynamicImage) -> Result<Encoded, ImageRefusal> {
    let mut out = Vec::new();
    let content_type = if picture.color().has_alpha() {
        picture
            .to_rgba8()
            .write_with_encoder(PngEncoder::new(&mut out))
            .map_err(refusal)?;
        "image/png"
    } else {
        picture
            .to_rgb8()
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
            .map_err(refusal)?;
        "image/jpeg"
    };
    Ok(Encoded {
        bytes: Bytes::from(out),
        content_type,
        width: picture.width(),
        height: picture.height(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let picture = image::RgbImage::from_pixel(width, height, image::Rgb([200, 30, 30]));
        let mut out = Vec::new();
        picture
            .write_with_encoder(PngEncoder::new(&mut out))
            .expect("encodes");
        out
    }

    #[test]
    fn a_large_picture_is_scaled_to_the_display_size_and_a_thumbnail() {
        let processed = process(&png(3200, 1600)).expect("processed");
        assert_eq!(
            (processed.display.width, processed.display.height),
            (1600, 800)
        );
        assert_eq!(
            (processed.thumbnail.width, processed.thumbnail.height),
            (480, 240)
        );
        assert_eq!(processed.display.content_type, "image/jpeg");
    }

    #[test]
    fn a_small_picture_is_not_enlarged() {
        let processed = process(&png(40, 30)).expect("processed");
        assert_eq!(
            (processed.display.width, processed.display.height),
            (40, 30)
        );
    }

    #[test]
    fn other_formats_and_text_are_refused() {
        assert_eq!(
            process(b"GIF89a....").unwrap_err(),
            ImageRefusal::UnsupportedType
        );
        assert_eq!(
            process(b"<svg xmlns='http://www.w3.org/2000/svg'/>").unwrap_err(),
            ImageRefusal::UnsupportedType
        );
    }
}
