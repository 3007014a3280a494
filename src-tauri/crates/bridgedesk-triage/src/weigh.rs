//! How the category cues of one message (dictionary phrases, anger, threats and the example
//! model's margins) become one score per category. The weights are not chosen by hand: they are
//! a multinomial logistic regression fitted on out-of-fold cues of the training messages (see
//! the `fit` tests, which print the weights and the nested cross-validated macro-F1).

use crate::model::CATEGORIES;

/// Margins are per feature, a few hundredths; scaled so their weights are of the order of the
/// others' (the fit takes steps of similar size for every weight).
const MARGIN_SCALE: f64 = 20.0;

/// What one message offers the category decision, per category indexed as in `Category::ALL`.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct CategoryCues {
    /// Summed weight of the category phrases found (subject phrases count a little more).
    pub phrases: [f64; CATEGORIES],
    /// Summed weight of the logistics-problem phrases found.
    pub logistics: f64,
    /// Whether the message sounds angry.
    pub angry: bool,
    /// Threats of a bad review or a report to the platform found.
    pub threats: f64,
    /// The example model's per-feature margins (see `CategoryModel::margins`), if it spoke.
    pub margins: Option<[f64; CATEGORIES]>,
}

/// Cues each category's score reads: a constant, the phrases of every category (a return
/// phrase also speaks against a product question), logistics phrases, anger, threats, the
/// category's own model margin, and whether the model ranks it first.
pub(crate) const CUES: usize = 1 + CATEGORIES + 3 + 2;
/// The number of weights: [`CUES`] per category.
pub(crate) const WEIGHTS: usize = CUES * CATEGORIES;

/// Weights of a linear score per category over [`CategoryCues`]: category `c` reads
/// `weights[c * CUES..(c + 1) * CUES]` in the order of [`CategoryCues::row`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CategoryWeights(pub [f64; WEIGHTS]);

/// The weights fitted on all training messages (out-of-fold model margins), as printed by
/// `cargo test -p bridgedesk-triage fit_category_weights -- --ignored --nocapture`.
#[rustfmt::skip]
pub(crate) const FITTED: CategoryWeights = CategoryWeights([
    // bias, phrases of product, order_logistics, return_exchange, repair, complaint, other,
    // logistics, anger, threats, margin, model's top choice
    // product
    0.665, 1.042, -1.505, -0.891, -0.496, -0.118, 0.093, -1.031, -0.429, -0.427, 1.076, 0.312,
    // order_logistics
    0.036, -0.347, 1.727, -1.066, 0.060, -0.636, -0.460, 1.475, -0.352, 0.455, 0.650, -0.296,
    // return_exchange
    -1.313, 0.466, 0.306, 2.517, -0.244, -0.065, -0.270, 0.973, 0.070, -0.105, 0.947, 0.182,
    // repair
    0.230, -0.521, -0.940, -0.056, 1.647, -0.410, -0.971, 0.115, -0.197, -0.186, 1.628, 0.552,
    // complaint
    0.222, -0.569, 0.947, -0.740, -0.319, 1.946, -0.488, -0.706, 1.266, 0.589, 0.973, 0.432,
    // other
    0.166, -0.071, -0.615, 0.201, -0.647, -0.718, 2.094, -0.827, -0.360, -0.326, 0.967, 0.479,
]);

impl CategoryCues {
    /// The cues category `slot`'s score reads, in the order of its weights.
    pub fn row(&self, slot: usize) -> [f64; CUES] {
        let mut row = [0.0; CUES];
        row[0] = 1.0;
        row[1..=CATEGORIES].copy_from_slice(&self.phrases);
        let k = 1 + CATEGORIES;
        row[k] = self.logistics;
        row[k + 1] = if self.angry { 1.0 } else { 0.0 };
        row[k + 2] = self.threats;
        if let Some(margins) = self.margins {
            row[k + 3] = margins.get(slot).copied().unwrap_or(0.0) * MARGIN_SCALE;
            let top = margins
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.total_cmp(b.1))
                .map(|(i, _)| i);
            if top == Some(slot) {
                row[k + 4] = 1.0;
            }
        }
        row
    }
}

impl CategoryWeights {
    /// The score of each category for these cues (higher is likelier; a logit).
    pub fn scores(&self, cues: &CategoryCues) -> [f64; CATEGORIES] {
        let mut scores = [0.0; CATEGORIES];
        for (c, (score, weights)) in scores.iter_mut().zip(self.0.chunks(CUES)).enumerate() {
            *score = cues.row(c).iter().zip(weights).map(|(x, w)| x * w).sum();
        }
        scores
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Slot of the complaint category in `Category::ALL`.
    const COMPLAINT: usize = 4;

    fn best(scores: [f64; CATEGORIES]) -> usize {
        scores
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1))
            .map_or(CATEGORIES, |(i, _)| i)
    }

    #[test]
    fn a_return_phrase_outweighs_a_model_that_narrowly_prefers_a_product_question() {
        let mut cues = CategoryCues {
            margins: Some([0.0, -0.05, -0.02, -0.08, -0.06, -0.07]),
            ..CategoryCues::default()
        };
        assert_eq!(best(FITTED.scores(&cues)), 0);
        cues.phrases[2] = 1.0;
        assert_eq!(best(FITTED.scores(&cues)), 2);
    }

    #[test]
    fn anger_and_threats_tip_a_close_call_towards_complaint() {
        let calm = CategoryCues {
            margins: Some([-0.03, 0.0, -0.04, -0.05, -0.02, -0.06]),
            ..CategoryCues::default()
        };
        let angry = CategoryCues {
            angry: true,
            threats: 1.0,
            ..calm
        };
        let (before, after) = (FITTED.scores(&calm), FITTED.scores(&angry));
        assert!(after[COMPLAINT] - before[COMPLAINT] > after[0] - before[0]);
        assert_eq!(best(after), COMPLAINT);
    }

    #[test]
    fn without_cues_only_the_constant_speaks() {
        let scores = FITTED.scores(&CategoryCues::default());
        for (c, score) in scores.iter().enumerate() {
            assert_eq!(*score, FITTED.0[c * CUES]);
        }
    }
}
