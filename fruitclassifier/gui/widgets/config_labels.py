"""The words of the settings form (config_form.py) that its config dataclasses do not carry: each field's
label, the words of choices, and the hints shown inside an empty editor, marked for translation.

A field missing here is labelled from its name ("batch_size" -> "Batch size"), in English: add it here.
The fields' help texts are marked in config_help.py ("config" context).
"""

from __future__ import annotations

from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Every field's label, for TrainConfig, AugmentConfig and TuneConfig.
LABELS = {
    "data_dir": QT_TRANSLATE_NOOP("ConfigForm", "Data folder"),
    "arch": QT_TRANSLATE_NOOP("ConfigForm", "Architecture"),
    "epochs": QT_TRANSLATE_NOOP("ConfigForm", "Epochs"),
    "batch_size": QT_TRANSLATE_NOOP("ConfigForm", "Batch size"),
    "learning_rate": QT_TRANSLATE_NOOP("ConfigForm", "Learning rate"),
    "lr": QT_TRANSLATE_NOOP("ConfigForm", "Learning rate"),
    "image_size": QT_TRANSLATE_NOOP("ConfigForm", "Image size"),
    "val_split": QT_TRANSLATE_NOOP("ConfigForm", "Validation split"),
    "test_dir": QT_TRANSLATE_NOOP("ConfigForm", "Test folder"),
    "weights": QT_TRANSLATE_NOOP("ConfigForm", "Weights"),
    "freeze_backbone": QT_TRANSLATE_NOOP("ConfigForm", "Freeze backbone"),
    "fine_tune_layers": QT_TRANSLATE_NOOP("ConfigForm", "Fine-tune layers"),
    "dropout": QT_TRANSLATE_NOOP("ConfigForm", "Dropout"),
    "l2": QT_TRANSLATE_NOOP("ConfigForm", "L2 penalty"),
    "early_stopping_patience": QT_TRANSLATE_NOOP("ConfigForm", "Early stopping"),
    "reduce_lr_patience": QT_TRANSLATE_NOOP("ConfigForm", "Reduce LR after"),
    "class_weights": QT_TRANSLATE_NOOP("ConfigForm", "Class weights"),
    "seed": QT_TRANSLATE_NOOP("ConfigForm", "Seed"),
    "mixed_precision": QT_TRANSLATE_NOOP("ConfigForm", "Mixed precision"),
    "backend": QT_TRANSLATE_NOOP("ConfigForm", "Backend"),
    "open_set": QT_TRANSLATE_NOOP("ConfigForm", "Learn “not one of mine”"),
    "name": QT_TRANSLATE_NOOP("ConfigForm", "Name"),
    "augment": QT_TRANSLATE_NOOP("ConfigForm", "Augment"),
    "enabled": QT_TRANSLATE_NOOP("ConfigForm", "Enabled"),
    "flip": QT_TRANSLATE_NOOP("ConfigForm", "Flip"),
    "rotation": QT_TRANSLATE_NOOP("ConfigForm", "Rotation"),
    "zoom": QT_TRANSLATE_NOOP("ConfigForm", "Zoom"),
    "brightness": QT_TRANSLATE_NOOP("ConfigForm", "Brightness"),
    "contrast": QT_TRANSLATE_NOOP("ConfigForm", "Contrast"),
    "color": QT_TRANSLATE_NOOP("ConfigForm", "Color"),
    "blur_noise": QT_TRANSLATE_NOOP("ConfigForm", "Blur / noise"),
    "backgrounds_dir": QT_TRANSLATE_NOOP("ConfigForm", "Backgrounds folder"),
    "background_probability": QT_TRANSLATE_NOOP("ConfigForm", "Background probability"),
    "base": QT_TRANSLATE_NOOP("ConfigForm", "Base"),
    "trials": QT_TRANSLATE_NOOP("ConfigForm", "Trials"),
    "epochs_per_trial": QT_TRANSLATE_NOOP("ConfigForm", "Epochs per trial"),
    "augment_strength": QT_TRANSLATE_NOOP("ConfigForm", "Augment strength"),
    "study": QT_TRANSLATE_NOOP("ConfigForm", "Study"),
    "storage": QT_TRANSLATE_NOOP("ConfigForm", "Storage"),
    "sampler": QT_TRANSLATE_NOOP("ConfigForm", "Sampler"),
    "pruner": QT_TRANSLATE_NOOP("ConfigForm", "Pruner"),
}

#: Choices that are words rather than names (architectures, TensorFlow, PyTorch and "tpe" stay as they are).
CHOICES = {"auto": QT_TRANSLATE_NOOP("ConfigForm", "auto"), "random": QT_TRANSLATE_NOOP("ConfigForm", "random")}

#: VGG16/ResNet50 download ImageNet weights once; EfficientNet-Lite0's ship with the app (see the tooltip).
WEIGHT_CHOICES = ((QT_TRANSLATE_NOOP("ConfigForm", "ImageNet"), "imagenet"),
                  (QT_TRANSLATE_NOOP("ConfigForm", "None (from scratch)"), "none"),
                  (QT_TRANSLATE_NOOP("ConfigForm", "File…"), "file"))

#: What an empty editor shows, taken from its help's "(0: …)" or "(empty: …)" (config_form._hint).
HINTS = (QT_TRANSLATE_NOOP("ConfigForm", "default"), QT_TRANSLATE_NOOP("ConfigForm", "off"),
         QT_TRANSLATE_NOOP("ConfigForm", "generated"),
         QT_TRANSLATE_NOOP("ConfigForm", "the Test/ beside the data, if any"),
         QT_TRANSLATE_NOOP("ConfigForm", "a journal file in the app's data folder"))
