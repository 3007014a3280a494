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
    0.624, 1.058, -1.517, -0.887, -0.450, -0.122, 0.082, -1.016, -0.421, -0.424, 1.048, 0.413,
    // order_logistics
    0.011, -0.369, 1.745, -1.144, 0.057, -0.618, -0.477, 1.490, -0.353, 0.435, 0.627, -0.207,
    // return_exchange
    -1.207, 0.466, 0.261, 2.571, -0.255, -0.071, -0.269, 0.951, 0.080, -0.106, 0.996, 0.056,
    // repair
    0.199, -0.542, -0.932, -0.045, 1.635, -0.415, -0.977, 0.080, -0.202, -0.183, 1.601, 0.594,
    // complaint
    0.226, -0.565, 0.946, -0.732, -0.324, 1.961, -0.485, -0.681, 1.216, 0.600, 0.958, 0.478,
    // other
    0.155, -0.048, -0.588, 0.198, -0.663, -0.737, 2.124, -0.826, -0.319, -0.321, 0.956, 0.505,
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
