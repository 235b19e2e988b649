//! Which documents may be attached, told by their bytes and not by what the upload claims:
//! PDF, Word (DOCX), Excel (XLSX), OpenDocument text and spreadsheets (ODT, ODS), CSV and
//! plain text. The name's extension must agree with what the bytes are.

/// Larger documents are refused.
pub const MAX_DOCUMENT_BYTES: usize = 20 * 1024 * 1024;

/// An accepted document type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Ods,
    Csv,
    Text,
}

impl DocumentType {
    pub fn content_type(self) -> &'static str {
        match self {
            DocumentType::Pdf => "application/pdf",
            DocumentType::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            DocumentType::Xlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            DocumentType::Odt => "application/vnd.oasis.opendocument.text",
            DocumentType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
            DocumentType::Csv => "text/csv; charset=utf-8",
            DocumentType::Text => "text/plain; charset=utf-8",
        }
    }

    fn extension(self) -> &'static str {
        match self {
            DocumentType::Pdf => "pdf",
            DocumentType::Docx => "docx",
            DocumentType::Xlsx => "xlsx",
            DocumentType::Odt => "odt",
            DocumentType::Ods => "ods",
            DocumentType::Csv => "csv",
            DocumentType::Text => "txt",
        }
    }
}

/// The document's type, when its bytes are one Sala accepts and `filename` says the same.
pub fn identify(filename: &str, bytes: &[u8]) -> Option<DocumentType> {
    let extension = filename.rsplit_once('.')?.1.to_ascii_lowercase();
    let found = sniff(bytes, &extension)?;
    (found.extension() == extension).then_some(found)
}

fn sniff(bytes: &[u8], extension: &str) -> Option<DocumentType> {
    if bytes.starts_with(b"%PDF-") {
        return Some(DocumentType::Pdf);
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return sniff_zip(bytes);
    }
    // Text: UTF-8 without NUL or other control characters but tab, line breaks and form feed.
    let text = std::str::from_utf8(bytes).ok()?;
    let plain = !text.is_empty()
        && !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'));
    match (plain, extension) {
        (true, "csv") => Some(DocumentType::Csv),
        (true, _) => Some(DocumentType::Text),
        (false, _) => None,
    }
}

/// Office files are ZIP archives: OpenDocument names its type in a first, uncompressed
/// `mimetype` entry; Office Open XML keeps its main part under `word/` or `xl/`.
fn sniff_zip(bytes: &[u8]) -> Option<DocumentType> {
    const ODF: &[u8] = b"mimetypeapplication/vnd.oasis.opendocument.";
    if let Some(rest) = bytes.get(30..).filter(|rest| rest.starts_with(ODF)) {
        let kind = &rest[ODF.len()..];
        if kind.starts_with(b"text") {
            return Some(DocumentType::Odt);
        }
        if kind.starts_with(b"spreadsheet") {
            return Some(DocumentType::Ods);
        }
        return None;
    }
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    if contains(b"word/document.xml") {
        Some(DocumentType::Docx)
    } else if contains(b"xl/workbook.xml") {
        Some(DocumentType::Xlsx)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_told_by_their_bytes_and_their_name_must_agree() {
        assert_eq!(
            identify("รายงาน.pdf", b"%PDF-1.7\n..."),
            Some(DocumentType::Pdf)
        );
        assert_eq!(identify("report.PDF", b"%PDF-1.4"), Some(DocumentType::Pdf));
        assert_eq!(identify("report.docx", b"%PDF-1.4"), None);
        assert_eq!(
            identify("data.csv", "ก,ข\n1,2\n".as_bytes()),
            Some(DocumentType::Csv)
        );
        assert_eq!(identify("notes.txt", b"hello"), Some(DocumentType::Text));
        assert_eq!(identify("notes.txt", b"MZ\x90\x00\x03"), None);
        assert_eq!(identify("page.html", b"<html>"), None);
        assert_eq!(identify("noextension", b"%PDF-1.4"), None);
        let mut odt = b"PK\x03\x04".to_vec();
        odt.resize(30, 0);
        odt.extend_from_slice(b"mimetypeapplication/vnd.oasis.opendocument.text");
        assert_eq!(identify("a.odt", &odt), Some(DocumentType::Odt));
    }
}
