//! The one bridge from the readout extractor's terms to the domain's: the extractor has its
//! own small enums so that it depends on nothing else in the crate.

use super::initiative::{Obligor, Strength};
use super::meeting::Side;
use crate::readout;

impl From<readout::Obligor> for Obligor {
    fn from(obligor: readout::Obligor) -> Self {
        match obligor {
            readout::Obligor::Us => Self::Us,
            readout::Obligor::Them => Self::Them,
            readout::Obligor::Joint => Self::Joint,
        }
    }
}

impl From<readout::Strength> for Strength {
    fn from(strength: readout::Strength) -> Self {
        match strength {
            readout::Strength::Firm => Self::Firm,
            readout::Strength::Soft => Self::Soft,
        }
    }
}

impl From<readout::Side> for Side {
    fn from(side: readout::Side) -> Self {
        match side {
            readout::Side::Ours => Self::Ours,
            readout::Side::Theirs => Self::Theirs,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_readout_term_maps_to_the_domain_value_of_the_same_name() {
        assert_eq!(Obligor::from(readout::Obligor::Us).as_str(), "us");
        assert_eq!(Obligor::from(readout::Obligor::Them).as_str(), "them");
        assert_eq!(Obligor::from(readout::Obligor::Joint).as_str(), "joint");
        assert_eq!(Strength::from(readout::Strength::Firm).as_str(), "firm");
        assert_eq!(Strength::from(readout::Strength::Soft).as_str(), "soft");
        assert_eq!(Side::from(readout::Side::Ours).as_str(), "ours");
        assert_eq!(Side::from(readout::Side::Theirs).as_str(), "theirs");
    }
}
