//! `text_enum!`: closed sets of values stored and sent as text (statuses, roles, kinds).

/// A value kept as text (what the store decodes a column with, and what a form's select
/// offers), implemented by every [`text_enum!`].
pub trait TextValue: Sized + Copy + 'static {
    /// The value whose stored text is `raw`.
    fn from_text(raw: &str) -> Option<Self>;
    /// The stored text.
    fn text(self) -> &'static str;
    /// The name shown to people.
    fn name(self) -> &'static str;
}

/// Declares a fieldless enum with its stored text and its label for people:
/// `ALL`, `as_str`, `label` and `parse`, with serde using the stored text.
macro_rules! text_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident => ($text:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
        )]
        pub enum $name {
            $( $(#[$variant_meta])* #[serde(rename = $text)] $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$( $name::$variant ),+];

            /// The value stored in the database and sent by forms.
            pub fn as_str(self) -> &'static str {
                match self { $( $name::$variant => $text ),+ }
            }

            /// The name shown to people.
            pub fn label(self) -> &'static str {
                match self { $( $name::$variant => $label ),+ }
            }

            /// The value whose stored text is `raw` (surrounding white space ignored).
            pub fn parse(raw: &str) -> Option<Self> {
                let raw = raw.trim();
                Self::ALL.iter().copied().find(|value| value.as_str() == raw)
            }
        }

        impl $crate::domain::text_enum::TextValue for $name {
            fn from_text(raw: &str) -> Option<Self> {
                Self::parse(raw)
            }

            fn text(self) -> &'static str {
                self.as_str()
            }

            fn name(self) -> &'static str {
                self.label()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}
pub(crate) use text_enum;

#[cfg(test)]
mod tests {
    text_enum! {
        /// A test enum.
        pub enum Colour {
            Red => ("red", "Red"),
            DarkBlue => ("dark_blue", "Dark blue"),
        }
    }

    #[test]
    fn values_round_trip_through_text_and_serde() {
        for colour in Colour::ALL {
            assert_eq!(Colour::parse(colour.as_str()), Some(*colour));
            let json = serde_json::to_string(colour).expect("serialise");
            assert_eq!(json, format!("\"{}\"", colour.as_str()));
        }
        assert_eq!(Colour::parse(" dark_blue "), Some(Colour::DarkBlue));
        assert_eq!(Colour::parse("green"), None);
        assert_eq!(Colour::DarkBlue.to_string(), "Dark blue");
    }
}
