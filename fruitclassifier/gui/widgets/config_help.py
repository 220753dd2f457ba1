"""The help texts of the config dataclasses (fruitclassifier/config.py), marked for translation: the settings
form shows them as tooltips and group titles through ``QCoreApplication.translate("config", help)``.

config.py stays Qt-free and the command line reads the same English; tests/gui/test_pseudo_translation.py
fails when a help text there is missing here (add it, in the words config.py uses).
"""

from __future__ import annotations

from fruitclassifier.text import QT_TRANSLATE_NOOP

HELP_TEXTS = (
    QT_TRANSLATE_NOOP("config", "Folder of class folders, or a Fruits-360 folder with Training/ and Test/"),
    QT_TRANSLATE_NOOP("config", "Network architecture"),
    QT_TRANSLATE_NOOP("config", "Number of passes over the training data"),
    QT_TRANSLATE_NOOP("config", "Images per training step"),
    QT_TRANSLATE_NOOP("config", "Adam learning rate"),
    QT_TRANSLATE_NOOP("config", "Square input size in pixels (0: the architecture's default)"),
    QT_TRANSLATE_NOOP("config", "Share of training images held out for validation"),
    QT_TRANSLATE_NOOP("config", "Optional separate test folder (empty: the Test/ beside the data, if any)"),
    QT_TRANSLATE_NOOP("config", "Backbone weights: 'imagenet', 'none' or a path to a weights file"),
    QT_TRANSLATE_NOOP("config", "Freeze the pretrained backbone and train only the head"),
    QT_TRANSLATE_NOOP("config", "With a frozen backbone, unfreeze this many of its last layers"),
    QT_TRANSLATE_NOOP("config", "Dropout before the classifier"),
    QT_TRANSLATE_NOOP("config", "L2 weight penalty on dense/conv kernels"),
    QT_TRANSLATE_NOOP("config", "Stop after this many epochs without improvement (0: off)"),
    QT_TRANSLATE_NOOP("config", "Halve the learning rate after this many flat epochs (0: off)"),
    QT_TRANSLATE_NOOP("config", "Weight classes inversely to their size (for lopsided folders)"),
    QT_TRANSLATE_NOOP("config", "Random seed for the split, shuffling and initial weights"),
    QT_TRANSLATE_NOOP("config", "Mixed precision: float16 on GPUs, bfloat16 on CPUs with AVX-512 BF16 or AMX "
                                "(others stay float32)"),
    QT_TRANSLATE_NOOP("config", "Keras backend to train on: tensorflow, torch (PyTorch: Apple GPU via MPS, CUDA "
                                "or CPU) or auto (PyTorch where it sees a GPU that TensorFlow does not)"),
    QT_TRANSLATE_NOOP("config", "Also learn a 'Not one of my classes' answer (from fruit-free photos shipped with "
                                "the app and recoloured copies of yours), calibrated so its known-probability can "
                                "be trusted"),
    QT_TRANSLATE_NOOP("config", "Name for the saved model (empty: generated)"),
    QT_TRANSLATE_NOOP("config", "Augmentation"),
    QT_TRANSLATE_NOOP("config", "Apply augmentation to training images"),
    QT_TRANSLATE_NOOP("config", "Random horizontal and vertical flips"),
    QT_TRANSLATE_NOOP("config", "Largest rotation, as a fraction of a full turn"),
    QT_TRANSLATE_NOOP("config", "Largest zoom-out (fruit shrinks to 1/(1+zoom)); zoom-in is capped at 0.25"),
    QT_TRANSLATE_NOOP("config", "Largest brightness change (fraction)"),
    QT_TRANSLATE_NOOP("config", "Largest contrast change (fraction)"),
    QT_TRANSLATE_NOOP("config", "Largest hue/saturation change (fraction)"),
    QT_TRANSLATE_NOOP("config", "Probability of blur and sensor noise"),
    QT_TRANSLATE_NOOP("config", "Folder of background photos to composite white-background fruit onto (empty: off)"),
    QT_TRANSLATE_NOOP("config", "Share of training images composited onto a background"),
    QT_TRANSLATE_NOOP("config", "Settings every trial starts from"),
    QT_TRANSLATE_NOOP("config", "Trials the study should have in all (every worker together)"),
    QT_TRANSLATE_NOOP("config", "Epochs each trial trains"),
    QT_TRANSLATE_NOOP("config", "Learning rate range (log scale)"),
    QT_TRANSLATE_NOOP("config", "Dropout range"),
    QT_TRANSLATE_NOOP("config", "L2 penalty range (log scale)"),
    QT_TRANSLATE_NOOP("config", "Augmentation strength range (0: off, 1: strong)"),
    QT_TRANSLATE_NOOP("config", "Backbone layers unfrozen from the top (0: frozen backbone); searched only from "
                                "pretrained weights, up to the network's limit"),
    QT_TRANSLATE_NOOP("config", "Study name; workers with the same name and storage share it"),
    QT_TRANSLATE_NOOP("config", "Journal file path or database URL (empty: a journal file in the app's data folder)"),
    QT_TRANSLATE_NOOP("config", "How the next trial's settings are chosen"),
    QT_TRANSLATE_NOOP("config", "Stop a trial early when its validation accuracy trails the median"),
)
