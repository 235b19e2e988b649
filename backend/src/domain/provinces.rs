//! Thailand's 77 provinces, by their Thai names (what Sala stores) and their English names in
//! the Royal Thai General System (what English readers and imports use). A consultation's
//! provinces are chosen from this list, so "ภูเกต" or "Pukhet" cannot split a province's
//! proposals in two.

/// One province, as the Department of Provincial Administration names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Province {
    pub th: &'static str,
    pub en: &'static str,
}

const fn p(th: &'static str, en: &'static str) -> Province {
    Province { th, en }
}

/// In Thai alphabetical order, as official lists give them.
pub const ALL: [Province; 77] = [
    p("กรุงเทพมหานคร", "Bangkok"),
    p("กระบี่", "Krabi"),
    p("กาญจนบุรี", "Kanchanaburi"),
    p("กาฬสินธุ์", "Kalasin"),
    p("กำแพงเพชร", "Kamphaeng Phet"),
    p("ขอนแก่น", "Khon Kaen"),
    p("จันทบุรี", "Chanthaburi"),
    p("ฉะเชิงเทรา", "Chachoengsao"),
    p("ชลบุรี", "Chon Buri"),
    p("ชัยนาท", "Chai Nat"),
    p("ชัยภูมิ", "Chaiyaphum"),
    p("ชุมพร", "Chumphon"),
    p("เชียงราย", "Chiang Rai"),
    p("เชียงใหม่", "Chiang Mai"),
    p("ตรัง", "Trang"),
    p("ตราด", "Trat"),
    p("ตาก", "Tak"),
    p("นครนายก", "Nakhon Nayok"),
    p("นครปฐม", "Nakhon Pathom"),
    p("นครพนม", "Nakhon Phanom"),
    p("นครราชสีมา", "Nakhon Ratchasima"),
    p("นครศรีธรรมราช", "Nakhon Si Thammarat"),
    p("นครสวรรค์", "Nakhon Sawan"),
    p("นนทบุรี", "Nonthaburi"),
    p("นราธิวาส", "Narathiwat"),
    p("น่าน", "Nan"),
    p("บึงกาฬ", "Bueng Kan"),
    p("บุรีรัมย์", "Buri Ram"),
    p("ปทุมธานี", "Pathum Thani"),
    p("ประจวบคีรีขันธ์", "Prachuap Khiri Khan"),
    p("ปราจีนบุรี", "Prachin Buri"),
    p("ปัตตานี", "Pattani"),
    p("พระนครศรีอยุธยา", "Phra Nakhon Si Ayutthaya"),
    p("พะเยา", "Phayao"),
    p("พังงา", "Phangnga"),
    p("พัทลุง", "Phatthalung"),
    p("พิจิตร", "Phichit"),
    p("พิษณุโลก", "Phitsanulok"),
    p("เพชรบุรี", "Phetchaburi"),
    p("เพชรบูรณ์", "Phetchabun"),
    p("แพร่", "Phrae"),
    p("ภูเก็ต", "Phuket"),
    p("มหาสารคาม", "Maha Sarakham"),
    p("มุกดาหาร", "Mukdahan"),
    p("แม่ฮ่องสอน", "Mae Hong Son"),
    p("ยโสธร", "Yasothon"),
    p("ยะลา", "Yala"),
    p("ร้อยเอ็ด", "Roi Et"),
    p("ระนอง", "Ranong"),
    p("ระยอง", "Rayong"),
    p("ราชบุรี", "Ratchaburi"),
    p("ลพบุรี", "Lop Buri"),
    p("ลำปาง", "Lampang"),
    p("ลำพูน", "Lamphun"),
    p("เลย", "Loei"),
    p("ศรีสะเกษ", "Si Sa Ket"),
    p("สกลนคร", "Sakon Nakhon"),
    p("สงขลา", "Songkhla"),
    p("สตูล", "Satun"),
    p("สมุทรปราการ", "Samut Prakan"),
    p("สมุทรสงคราม", "Samut Songkhram"),
    p("สมุทรสาคร", "Samut Sakhon"),
    p("สระแก้ว", "Sa Kaeo"),
    p("สระบุรี", "Saraburi"),
    p("สิงห์บุรี", "Sing Buri"),
    p("สุโขทัย", "Sukhothai"),
    p("สุพรรณบุรี", "Suphan Buri"),
    p("สุราษฎร์ธานี", "Surat Thani"),
    p("สุรินทร์", "Surin"),
    p("หนองคาย", "Nong Khai"),
    p("หนองบัวลำภู", "Nong Bua Lam Phu"),
    p("อ่างทอง", "Ang Thong"),
    p("อำนาจเจริญ", "Amnat Charoen"),
    p("อุดรธานี", "Udon Thani"),
    p("อุตรดิตถ์", "Uttaradit"),
    p("อุทัยธานี", "Uthai Thani"),
    p("อุบลราชธานี", "Ubon Ratchathani"),
];

/// The province a name means: its Thai name, or its English name in any case, with or
/// without the spaces and hyphens English spellings disagree on ("Chonburi", "Chon Buri").
pub fn find(name: &str) -> Option<&'static Province> {
    let name = name.trim();
    if let Some(found) = ALL.iter().find(|p| p.th == name) {
        return Some(found);
    }
    let key = latin_key(name);
    if key.is_empty() {
        return None;
    }
    ALL.iter().find(|p| latin_key(p.en) == key)
}

fn latin_key(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_province_appears_once_in_each_language() {
        let thai: HashSet<_> = ALL.iter().map(|p| p.th).collect();
        let english: HashSet<_> = ALL.iter().map(|p| latin_key(p.en)).collect();
        assert_eq!(thai.len(), 77);
        assert_eq!(english.len(), 77);
    }

    #[test]
    fn a_province_is_found_by_either_name_and_common_spellings() {
        assert_eq!(find(" ภูเก็ต ").map(|p| p.en), Some("Phuket"));
        assert_eq!(find("nakhon phanom").map(|p| p.th), Some("นครพนม"));
        assert_eq!(find("Chonburi").map(|p| p.th), Some("ชลบุรี"));
        assert_eq!(
            find("Nakhon-Si-Thammarat").map(|p| p.th),
            Some("นครศรีธรรมราช")
        );
    }

    #[test]
    fn misspellings_and_non_provinces_are_not_found() {
        assert_eq!(find("ภูเกต"), None);
        assert_eq!(find("Pukhet"), None);
        assert_eq!(find("หาดใหญ่"), None);
        assert_eq!(find(""), None);
        assert_eq!(find("  "), None);
    }
}
