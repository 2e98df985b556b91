//! The two tag sets: Universal POS tags and the Penn Treebank tags of the UD English
//! treebanks.

use std::fmt;

macro_rules! tag_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $var:ident = $s:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[repr(u8)]
        pub enum $name {
            $($(#[$vdoc])* $var,)*
        }

        impl $name {
            /// Every tag, in declaration order (the order of the numeric codes).
            pub const ALL: &'static [$name] = &[$($name::$var,)*];

            /// The tag as the treebanks write it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$var => $s,)*
                }
            }

            /// The tag written `s`, as in the treebanks.
            pub fn parse(s: &str) -> Option<$name> {
                match s {
                    $($s => Some($name::$var),)*
                    _ => None,
                }
            }

            /// The tag with numeric code `code` (its position in [`Self::ALL`]).
            pub(crate) fn from_code(code: u8) -> Option<$name> {
                Self::ALL.get(code as usize).copied()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

tag_enum! {
    /// A Universal Dependencies part of speech (UPOS).
    ///
    /// ```
    /// use gainsay::tag::Upos;
    /// assert_eq!(Upos::parse("PROPN"), Some(Upos::Propn));
    /// assert_eq!(Upos::Verb.as_str(), "VERB");
    /// ```
    Upos {
        /// Adjective.
        Adj = "ADJ",
        /// Adposition.
        Adp = "ADP",
        /// Adverb.
        Adv = "ADV",
        /// Auxiliary.
        Aux = "AUX",
        /// Coordinating conjunction.
        Cconj = "CCONJ",
        /// Determiner.
        Det = "DET",
        /// Interjection.
        Intj = "INTJ",
        /// Noun.
        Noun = "NOUN",
        /// Numeral.
        Num = "NUM",
        /// Particle.
        Part = "PART",
        /// Pronoun.
        Pron = "PRON",
        /// Proper noun.
        Propn = "PROPN",
        /// Punctuation.
        Punct = "PUNCT",
        /// Subordinating conjunction.
        Sconj = "SCONJ",
        /// Symbol.
        Sym = "SYM",
        /// Verb.
        Verb = "VERB",
        /// Other.
        X = "X",
    }
}

tag_enum! {
    /// A Penn Treebank tag (XPOS) as used by the UD English treebanks.
    ///
    /// ```
    /// use gainsay::tag::Xpos;
    /// assert_eq!(Xpos::parse("VBD"), Some(Xpos::Vbd));
    /// assert_eq!(Xpos::PrpS.as_str(), "PRP$");
    /// ```
    Xpos {
        /// Currency sign.
        Dollar = "$",
        /// Closing quotation mark.
        CloseQuote = "''",
        /// Comma.
        Comma = ",",
        /// Opening bracket.
        Lrb = "-LRB-",
        /// Closing bracket.
        Rrb = "-RRB-",
        /// Sentence-final punctuation.
        Period = ".",
        /// Colon, semicolon, dash.
        Colon = ":",
        /// Address (e-mail, web).
        Add = "ADD",
        /// Affix.
        Afx = "AFX",
        /// Coordinating conjunction.
        Cc = "CC",
        /// Cardinal number.
        Cd = "CD",
        /// Determiner.
        Dt = "DT",
        /// Existential "there".
        Ex = "EX",
        /// Foreign word.
        Fw = "FW",
        /// "Goes with": part of a word split by a space.
        Gw = "GW",
        /// Hyphen.
        Hyph = "HYPH",
        /// Preposition or subordinating conjunction.
        In = "IN",
        /// Adjective.
        Jj = "JJ",
        /// Comparative adjective.
        Jjr = "JJR",
        /// Superlative adjective.
        Jjs = "JJS",
        /// List item marker.
        Ls = "LS",
        /// Modal.
        Md = "MD",
        /// Superfluous punctuation.
        Nfp = "NFP",
        /// Singular or mass noun.
        Nn = "NN",
        /// Singular proper noun.
        Nnp = "NNP",
        /// Plural proper noun.
        Nnps = "NNPS",
        /// Plural noun.
        Nns = "NNS",
        /// Predeterminer.
        Pdt = "PDT",
        /// Possessive ending.
        Pos = "POS",
        /// Personal pronoun.
        Prp = "PRP",
        /// Possessive pronoun.
        PrpS = "PRP$",
        /// Adverb.
        Rb = "RB",
        /// Comparative adverb.
        Rbr = "RBR",
        /// Superlative adverb.
        Rbs = "RBS",
        /// Particle.
        Rp = "RP",
        /// Symbol.
        Sym = "SYM",
        /// "to".
        To = "TO",
        /// Interjection.
        Uh = "UH",
        /// Verb, base form.
        Vb = "VB",
        /// Verb, past tense.
        Vbd = "VBD",
        /// Verb, gerund or present participle.
        Vbg = "VBG",
        /// Verb, past participle.
        Vbn = "VBN",
        /// Verb, present tense, not third person singular.
        Vbp = "VBP",
        /// Verb, present tense, third person singular.
        Vbz = "VBZ",
        /// Wh-determiner.
        Wdt = "WDT",
        /// Wh-pronoun.
        Wp = "WP",
        /// Possessive wh-pronoun.
        WpS = "WP$",
        /// Wh-adverb.
        Wrb = "WRB",
        /// Opening quotation mark.
        OpenQuote = "``",
        /// Unknown.
        Xx = "XX",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for (i, t) in Xpos::ALL.iter().enumerate() {
            assert_eq!(Xpos::from_code(i as u8), Some(*t));
            assert_eq!(Xpos::parse(t.as_str()), Some(*t));
        }
        for (i, t) in Upos::ALL.iter().enumerate() {
            assert_eq!(Upos::from_code(i as u8), Some(*t));
        }
        assert_eq!(Upos::from_code(200), None);
    }
}
