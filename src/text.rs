//! Small text helpers shared by the stages: case and diacritic folding.

/// Appends `word` to `out` lowercased, with Latin diacritics removed and typographic
/// apostrophes made plain, so that "Karaoğlu", "KARAOGLU" and "Karaoglu" meet.
///
/// ```
/// let mut s = String::new();
/// gainsay::text::fold_into("Côte d’Ivoire", &mut s);
/// assert_eq!(s, "cote d'ivoire");
/// ```
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match fold_char(c) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        }
    }
}

/// `word` folded into a new string; see [`fold_into`].
pub fn fold(word: &str) -> String {
    let mut s = String::with_capacity(word.len());
    fold_into(word, &mut s);
    s
}

/// The ASCII replacement of a non-ASCII character, if it has one.
fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => {
            "a"
        }
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' | 'Ĕ' | 'ĕ' => {
            "e"
        }
        'Ğ' | 'ğ' | 'Ĝ' | 'ĝ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' | 'Ĩ' | 'ĩ' => {
            "i"
        }
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ł' | 'ł' | 'Ľ' | 'ľ' | 'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' | 'Ņ' | 'ņ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' | 'Ŕ' | 'ŕ' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' | 'Ș' | 'ș' | 'Ŝ' | 'ŝ' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' | 'Ț' | 'ț' => "t",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' | 'Ũ' | 'ũ' => {
            "u"
        }
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ž' | 'ž' | 'Ż' | 'ż' => "z",
        'Þ' | 'þ' => "th",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '`' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => "-",
        _ => return None,
    })
}

/// True when `c` is a letter that starts a word in upper case.
#[inline]
pub fn is_upper_start(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// True when `lower` (a folded word) is an auxiliary that opens a condition written by
/// inversion at the head of a sentence: "Had the board approved the bid, …", "Should the
/// talks fail, …", "Were the plant to close, …". The claim, events and aligned readers each
/// test what follows it on their own tokens; this is the one list they share.
#[inline]
pub fn is_inversion_auxiliary(lower: &str) -> bool {
    matches!(lower, "had" | "should" | "were")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inversion_auxiliaries_open_conditions() {
        assert!(is_inversion_auxiliary("had") && is_inversion_auxiliary("should") && is_inversion_auxiliary("were"));
        assert!(!is_inversion_auxiliary("has") && !is_inversion_auxiliary("would") && !is_inversion_auxiliary("Had"));
    }

    #[test]
    fn folds_case_diacritics_and_apostrophes() {
        assert_eq!(fold("Mureșan"), "muresan");
        assert_eq!(fold("Karaoğlu"), "karaoglu");
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("wouldn’t"), "wouldn't");
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("ΑΘΗΝΑ"), "αθηνα");
    }
}
