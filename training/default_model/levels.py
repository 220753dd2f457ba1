"""How readily the default model says "not one of mine": three levels, their figures, and the default.

A level is a rule, not a number: refuse the lowest SHARES[level] of the validation shop photos of known
classes (by known-probability). The shipped model's thresholds come from its own validation split; the
leave-out model (five shop classes never seen) applies the same rule to its own validation split, which is
how "fruit it has never seen" is measured. The default level is the one whose rule, on the leave-out
model's validation and left-out fitting photos (not the held-out ones), refuses the most unseen fruit
beyond the known fruit it refuses (Youden's J), among the levels that refuse at most MAX_KNOWN_REFUSED of
the validation photos of known fruit: the floor is 10 % of real photos of its own classes, and held-out
photos were refused a little more often than validation ones in every study. Every figure stored in
metadata is on held-out photos.
"""

from __future__ import annotations

import numpy as np

#: Share of validation photos of known classes each level refuses (0.01 .. 0.15 were measured; study.SHARES).
SHARES = {"rarely": 0.03, "balanced": 0.065, "readily": 0.1}
MAX_KNOWN_REFUSED = 0.08


def choose(full: dict, left_out: dict) -> dict:
    """Thresholds per level (shipped model), held-out figures per level, and the default level."""
    thresholds, figures, youden = {}, {}, {}
    for level, share in SHARES.items():
        mine, theirs = full["levels"][str(share)], left_out["levels"][str(share)]
        thresholds[level] = mine["threshold"]
        figures[level] = {"known_refused": mine["holdout"]["known_refused"],
                          "unseen_refused": theirs["holdout"]["unseen_refused"],
                          "packaged_refused": mine["holdout"]["packaged_refused"],
                          "background_refused": mine["holdout"]["background_refused"],
                          "auroc": theirs["holdout"]["auroc_known_vs_unseen"],
                          "real_photo_accuracy": mine["real_macro"]}
        chosen_on = theirs["selection"]
        youden[level] = round(chosen_on["unseen_refused"] - chosen_on["known_refused"], 4)
        if chosen_on["known_refused"] > MAX_KNOWN_REFUSED:
            youden[level] = -1.0
    default = max(SHARES, key=lambda level: youden[level])
    return {"thresholds": thresholds, "level_figures": figures, "default_level": default,
            "validation_youden": youden, "shares": SHARES}


def metadata(chosen: dict, temperature: float, offset: float | None = None) -> dict:
    """metadata.json's "open_set" (the format core/inference/open_set.py reads)."""
    default = chosen["default_level"]
    from training.default_model.scores import SCORE

    return {"other_class": "_other", "temperature": round(float(temperature), 4), "score": dict(SCORE),
            **({} if offset is None else {"other_logit_offset": round(float(offset), 4)}),
            "threshold": round(chosen["thresholds"][default], 4), "default_level": default,
            "levels": {k: round(v, 4) for k, v in chosen["thresholds"].items()},
            "level_figures": chosen["level_figures"]}


def measure_model(model, names: list[str], threshold: float, size: int) -> dict:
    """The saved model itself (not the cache) on the held-out photos and the Fruits-360 Test split."""
    from fruitclassifier.core.data.images import load_array
    from training.default_model import scores, sets

    parts = sets.parts()
    probs = {}
    for key in ("grocery-holdout", "packaged-holdout", "backgrounds-holdout", "fruits360-test"):
        x = np.stack([load_array(p, size) for p in parts[key].files]).astype(np.float32)
        probs[key] = model.predict(x, batch_size=64, verbose=0)
    real = scores.real_photo_figures(probs["grocery-holdout"], list(parts["grocery-holdout"].labels), names, threshold)
    test = scores.real_photo_figures(probs["fruits360-test"], list(parts["fruits360-test"].labels), names, threshold)
    test_said = scores.answers(probs["fruits360-test"], names, threshold)
    refusal = {k: scores.refused(scores.known_probability(probs[f"{k}-holdout"], names), threshold)
               for k in ("packaged", "backgrounds")}
    metrics = {
        "real_photo_accuracy": real["macro_accuracy"],
        "real_photo_images": real["photos"],
        "real_photo_accuracy_strict": real["macro_accuracy_strict"],
        "test_accuracy": round(float(np.mean([s == t for s, t in zip(test_said, parts["fruits360-test"].labels)])), 4),
        "known_refused": real["known_refused"],
        "packaged_refused": refusal["packaged"],
        "background_refused": refusal["backgrounds"],
        "largest_sink_share": real["largest_sink"][1] if real["largest_sink"] else 0.0,
    }
    return {"metrics": metrics, "real_photos": real, "fruits360_test": test}
