"""The bundled model's class names as people read them (core/inference/display_names.py), marked for translation
in the ``Fruit`` context: what ``pyside6-lupdate`` collects so translators name the fruit and vegetables, and
what :func:`fruitclassifier.gui.base.i18n.class_name` looks up wherever the window shows a class.

tests/gui/test_translations.py keeps this list equal to the bundled models' display names: a new default model
with other classes fails it until the names here follow (then ``make translations``). A user's own classes are
never listed: they show as the user named them.
"""

from __future__ import annotations

from fruitclassifier.text import QT_TRANSLATE_NOOP

#: Every class display name of the bundled model(s), "Not one of my fruits" (the ``_other`` class) included.
BUNDLED_CLASS_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Fruit", "Red apple (10)"), QT_TRANSLATE_NOOP("Fruit", "Red apple (11)"),
    QT_TRANSLATE_NOOP("Fruit", "Red apple (12)"), QT_TRANSLATE_NOOP("Fruit", "Golden apple"),
    QT_TRANSLATE_NOOP("Fruit", "Granny Smith apple"), QT_TRANSLATE_NOOP("Fruit", "Pink Lady apple"),
    QT_TRANSLATE_NOOP("Fruit", "Red Delicious apple"), QT_TRANSLATE_NOOP("Fruit", "Royal Gala apple"),
    QT_TRANSLATE_NOOP("Fruit", "Asparagus"), QT_TRANSLATE_NOOP("Fruit", "Aubergine"),
    QT_TRANSLATE_NOOP("Fruit", "Banana"), QT_TRANSLATE_NOOP("Fruit", "Beef tomato"),
    QT_TRANSLATE_NOOP("Fruit", "Brown cap mushroom"), QT_TRANSLATE_NOOP("Fruit", "Cabbage"),
    QT_TRANSLATE_NOOP("Fruit", "Cantaloupe"), QT_TRANSLATE_NOOP("Fruit", "Carrot"),
    QT_TRANSLATE_NOOP("Fruit", "Cucumber"), QT_TRANSLATE_NOOP("Fruit", "Floury potato"),
    QT_TRANSLATE_NOOP("Fruit", "Galia melon"), QT_TRANSLATE_NOOP("Fruit", "Garlic"),
    QT_TRANSLATE_NOOP("Fruit", "Ginger"), QT_TRANSLATE_NOOP("Fruit", "White grape"),
    QT_TRANSLATE_NOOP("Fruit", "Green bell pepper"), QT_TRANSLATE_NOOP("Fruit", "Honeydew melon"),
    QT_TRANSLATE_NOOP("Fruit", "Kiwi"), QT_TRANSLATE_NOOP("Fruit", "Leek"), QT_TRANSLATE_NOOP("Fruit", "Lemon"),
    QT_TRANSLATE_NOOP("Fruit", "Lime"), QT_TRANSLATE_NOOP("Fruit", "Mango"), QT_TRANSLATE_NOOP("Fruit", "Nectarine"),
    QT_TRANSLATE_NOOP("Fruit", "Orange"), QT_TRANSLATE_NOOP("Fruit", "Orange bell pepper"),
    QT_TRANSLATE_NOOP("Fruit", "Papaya"), QT_TRANSLATE_NOOP("Fruit", "Peach"),
    QT_TRANSLATE_NOOP("Fruit", "Pineapple"), QT_TRANSLATE_NOOP("Fruit", "Beetroot"),
    QT_TRANSLATE_NOOP("Fruit", "Red bell pepper"), QT_TRANSLATE_NOOP("Fruit", "Red grapefruit"),
    QT_TRANSLATE_NOOP("Fruit", "Satsuma"), QT_TRANSLATE_NOOP("Fruit", "Waxy potato"),
    QT_TRANSLATE_NOOP("Fruit", "Strawberry"), QT_TRANSLATE_NOOP("Fruit", "Sweet potato"),
    QT_TRANSLATE_NOOP("Fruit", "Tomato"), QT_TRANSLATE_NOOP("Fruit", "Vine tomato"),
    QT_TRANSLATE_NOOP("Fruit", "Watermelon"), QT_TRANSLATE_NOOP("Fruit", "Yellow bell pepper"),
    QT_TRANSLATE_NOOP("Fruit", "Yellow onion"), QT_TRANSLATE_NOOP("Fruit", "Zucchini"),
    QT_TRANSLATE_NOOP("Fruit", "Not one of my fruits"),
)
