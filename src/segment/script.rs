//! Writing systems: the article's dominant script, and lines written mostly in another one
//! (a Hebrew or Japanese caption in an English article).

/// A writing system, by Unicode block; only letters are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Script {
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Indic,
    Thai,
    Georgian,
    Ethiopic,
    Hangul,
    Cjk,
}

const SCRIPTS: usize = 12;
const ALL: [Script; SCRIPTS] = [
    Script::Latin,
    Script::Greek,
    Script::Cyrillic,
    Script::Armenian,
    Script::Hebrew,
    Script::Arabic,
    Script::Indic,
    Script::Thai,
    Script::Georgian,
    Script::Ethiopic,
    Script::Hangul,
    Script::Cjk,
];

/// The script of a non-ASCII letter, or `None` for anything else (punctuation, symbols,
/// digits, letters of rarer scripts).
fn script_of(c: char) -> Option<Script> {
    let s = match c as u32 {
        0x00C0..=0x024F if c != '×' && c != '÷' => Script::Latin,
        0x1E00..=0x1EFF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F => Script::Cyrillic,
        0x0530..=0x058F => Script::Armenian,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
        0x0900..=0x0DFF => Script::Indic,
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF => Script::Georgian,
        0x1200..=0x139F => Script::Ethiopic,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Cjk,
        _ => return None,
    };
    Some(s)
}

/// Letters counted per script.
#[derive(Debug, Default)]
struct Counts([usize; SCRIPTS]);

impl Counts {
    fn of(s: &str) -> Counts {
        let mut n = Counts::default();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // Runs of ASCII are the common case: count their letters without decoding.
            let c = b[i];
            if c < 0x80 {
                n.0[0] += usize::from(c.is_ascii_alphabetic());
                i += 1;
                continue;
            }
            let ch = super::chars::char_at(s, i).unwrap_or('\u{FFFD}');
            if let Some(sc) = script_of(ch) {
                n.0[sc as usize] += 1;
            }
            i += ch.len_utf8();
        }
        n
    }

    fn total(&self) -> usize {
        self.0.iter().sum()
    }

    fn top(&self) -> (Script, usize) {
        let (i, &n) = self.0.iter().enumerate().max_by_key(|&(i, &n)| (n, std::cmp::Reverse(i))).unwrap_or((0, &0));
        (ALL[i], n)
    }
}

/// Bytes of `b` that are not ASCII, counted eight at a time.
fn non_ascii_bytes(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        n += (w & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    n + chunks.remainder().iter().filter(|&&c| c >= 0x80).count()
}

/// The script most of the letters of `text` are written in (Latin when there are none).
pub(crate) fn dominant(text: &str) -> Script {
    // A text that is mostly ASCII bytes is Latin whatever else it holds: every letter of
    // another script takes two or more bytes.
    if non_ascii_bytes(text.as_bytes()) * 4 <= text.len() {
        return Script::Latin;
    }
    Counts::of(text).top().0
}

/// True when most letters of `line` are of one script other than `dominant`.
pub(crate) fn is_foreign(line: &str, dominant: Script) -> bool {
    if dominant == Script::Latin {
        if line.is_ascii() {
            return false;
        }
        // Quick reject: a non-Latin letter takes at least two bytes, so a line with few
        // non-ASCII bytes has more Latin letters than others.
        let high = non_ascii_bytes(line.as_bytes());
        if high == 0 || high * 2 < line.len() - high {
            return false;
        }
    }
    let counts = Counts::of(line);
    let (script, n) = counts.top();
    script != dominant && n >= 2 && n * 2 > counts.total()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dominant_script() {
        assert_eq!(dominant("Rome said no. Parigi è d’accordo."), Script::Latin);
        assert_eq!(dominant("Фото: Вантажне судно виходить з порту"), Script::Cyrillic);
        assert_eq!(dominant(""), Script::Latin);
        assert_eq!(dominant("署名式に臨む日本とフィリピンの代表団"), Script::Cjk);
    }

    #[test]
    fn foreign_lines() {
        assert!(is_foreign("Фото: Вантажне судно виходить з порту Одеси", Script::Latin));
        assert!(is_foreign("署名式に臨む日本とフィリピンの代表団", Script::Latin));
        assert!(is_foreign("ראש הממשלה ג'ורג'ה מלוני", Script::Latin));
        // A Latin line in a Russian article is foreign too.
        assert!(is_foreign("Photo: Reuters", Script::Cyrillic));
        // Near misses: a name in another script inside an English sentence, accents, symbols.
        assert!(!is_foreign("Zelenskyy (Зеленський) said the deal was signed in Istanbul.", Script::Latin));
        assert!(!is_foreign("Brăila and Galați were hit, Mureșan said.", Script::Latin));
        assert!(!is_foreign("€400m — “£” ¥60", Script::Latin));
        assert!(!is_foreign("Вантажне судно", Script::Cyrillic));
    }
}
