"""Scenes users photograph: one fruit (on a table or in a hand), a bin full of one kind, a few mixed,
a close-up; and scenes with no fruit at all. Each ends with phone-camera effects."""

from __future__ import annotations

import io

from PIL import Image, ImageEnhance, ImageFilter
import numpy as np

from training.scenes.backdrop import backdrop, crate, hand, price_tag
from training.scenes.cutout import shade, shadow_for

#: Share of each kind of fruit scene (the rest of a data set's images are plain Fruits-360 frames).
KINDS = {"single": 0.3, "pile": 0.35, "mixed": 0.15, "closeup": 0.2}


class FruitBank:
    """Cut-outs per class, so scenes can draw many different frames of one fruit."""

    def __init__(self, cutouts: dict[str, list[Image.Image]]) -> None:
        self.cutouts = cutouts
        self.classes = sorted(cutouts)

    def draw(self, cls: str, rng: np.random.Generator) -> Image.Image:
        items = self.cutouts[cls]
        return items[int(rng.integers(len(items)))]

    def other_class(self, cls: str, rng: np.random.Generator) -> str:
        others = [c for c in self.classes if c != cls]
        return others[int(rng.integers(len(others)))]


class RecolouredBank(FruitBank):
    """The same fruit shapes in colours none of the classes has (hue turned 70–290°): 'outlier exposure'
    that teaches "right shape, wrong colour is not one of mine" (limes, plums, peppers, green tomatoes…)."""

    def __init__(self, bank: FruitBank, hue_shift: float) -> None:
        super().__init__(bank.cutouts)
        self.shift = int(hue_shift * 255) % 256

    def draw(self, cls: str, rng: np.random.Generator) -> Image.Image:
        fruit = super().draw(cls, rng)
        hsv = np.asarray(fruit.convert("RGB").convert("HSV")).copy()
        hsv[..., 0] = (hsv[..., 0].astype(np.int32) + self.shift) % 256
        out = Image.fromarray(hsv, "HSV").convert("RGB")
        out.putalpha(fruit.getchannel("A"))
        return out


def outlier_scene(bank: FruitBank, photos: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    """A fruit scene whose fruit are recoloured beyond any class: labelled "_other"."""
    recoloured = RecolouredBank(bank, rng.uniform(70, 290) / 360)
    return fruit_scene(bank.classes[int(rng.integers(len(bank.classes)))], recoloured, photos, rng)


def canvas_size(rng: np.random.Generator) -> tuple[int, int]:
    short = int(rng.integers(180, 360))
    ratio = float(rng.choice([1.0, 4 / 3, 3 / 2, 16 / 9]))
    long_side = int(short * ratio)
    return (long_side, short) if rng.random() < 0.5 else (short, long_side)


def fruit_scene(cls: str, bank: FruitBank, photos: list[Image.Image], rng: np.random.Generator,
                kind: str | None = None) -> Image.Image:
    kind = kind or str(rng.choice(list(KINDS), p=list(KINDS.values())))
    w, h = canvas_size(rng)
    canvas = backdrop(w, h, photos, rng)
    {"single": _single, "pile": _pile, "mixed": _mixed, "closeup": _closeup}[kind](canvas, cls, bank, rng)
    return camera(canvas, rng)


def empty_scene(photos: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    """No fruit: a surface, a crate with nothing in it, a tag, a hand — what "not one of mine" must cover."""
    w, h = canvas_size(rng)
    canvas = backdrop(w, h, photos, rng, photo_share=0.75)
    roll = rng.random()
    if roll < 0.15:
        crate(canvas, _inner_box(w, h, rng), rng)
    elif roll < 0.25:
        hand(canvas, (w * rng.uniform(0.3, 0.7), h * rng.uniform(0.4, 0.7)), min(w, h) * rng.uniform(0.3, 0.6), rng)
    if rng.random() < 0.2:
        price_tag(canvas, rng)
    return camera(canvas, rng)


def _paste(canvas: Image.Image, fruit: Image.Image, centre: tuple[float, float], side: float,
           rng: np.random.Generator, light: float = 1.0) -> None:
    scale = side / max(fruit.size)
    size = (max(4, int(fruit.width * scale)), max(4, int(fruit.height * scale)))
    piece = fruit.resize(size, Image.BILINEAR).rotate(float(rng.uniform(0, 360)), expand=True, resample=Image.BILINEAR)
    if light != 1.0:
        piece = shade(piece, light)
    x, y = int(centre[0] - piece.width / 2), int(centre[1] - piece.height / 2)
    if rng.random() < 0.7:
        shadow = shadow_for(piece, rng.uniform(0.3, 0.6), max(1.0, side * 0.06))
        off = int(side * rng.uniform(0.03, 0.1))
        canvas.paste(shadow, (x + off, y + off), shadow)
    canvas.paste(piece, (x, y), piece)


def _single(canvas: Image.Image, cls: str, bank: FruitBank, rng: np.random.Generator) -> None:
    w, h = canvas.size
    side = min(w, h) * rng.uniform(0.3, 0.85)
    centre = (w / 2 + rng.uniform(-0.25, 0.25) * w, h / 2 + rng.uniform(-0.25, 0.25) * h)
    if rng.random() < 0.25:
        hand(canvas, (centre[0], centre[1] + side * 0.35), side, rng)
    if rng.random() < 0.15:
        price_tag(canvas, rng)
    _paste(canvas, bank.draw(cls, rng), centre, side, rng, light=rng.uniform(0.75, 1.15))


def _pile(canvas: Image.Image, cls: str, bank: FruitBank, rng: np.random.Generator) -> None:
    """Many overlapping fruits of one class filling a bin; maybe a neighbouring bin and a price tag."""
    w, h = canvas.size
    box = _inner_box(w, h, rng) if rng.random() < 0.5 else (0, 0, w, h)
    if box != (0, 0, w, h):
        crate(canvas, box, rng)
    if rng.random() < 0.3:  # the next bin at an edge, another fruit, a small share of the frame
        strip = int(w * rng.uniform(0.08, 0.2))
        _fill(canvas, (0, 0, strip, h) if rng.random() < 0.5 else (w - strip, 0, w, h),
              bank.other_class(cls, rng), bank, rng, min(w, h) * rng.uniform(0.12, 0.25))
    _fill(canvas, box, cls, bank, rng, min(w, h) * rng.uniform(0.12, 0.32))
    if rng.random() < 0.4:
        price_tag(canvas, rng)


def _fill(canvas: Image.Image, box: tuple[int, int, int, int], cls: str, bank: FruitBank,
          rng: np.random.Generator, side: float) -> None:
    x0, y0, x1, y1 = box
    step = side * rng.uniform(0.6, 0.85)
    spots = [(x, y) for y in np.arange(y0 + step / 3, y1, step) for x in np.arange(x0 + step / 3, x1, step)]
    order = rng.permutation(len(spots))
    for layer, index in enumerate(order):
        x, y = spots[index]
        jitter = step * 0.35
        light = rng.uniform(0.55, 0.85) if layer < len(order) / 3 else rng.uniform(0.8, 1.1)
        _paste(canvas, bank.draw(cls, rng), (x + rng.uniform(-jitter, jitter), y + rng.uniform(-jitter, jitter)),
               side * rng.uniform(0.85, 1.15), rng, light)


def _mixed(canvas: Image.Image, cls: str, bank: FruitBank, rng: np.random.Generator) -> None:
    """The labelled fruit largest and nearest the centre; one to three smaller others around it."""
    w, h = canvas.size
    short = min(w, h)
    for _ in range(int(rng.integers(1, 4))):
        corner = (rng.choice([0.2, 0.8]) * w, rng.choice([0.2, 0.8]) * h)
        _paste(canvas, bank.draw(bank.other_class(cls, rng), rng), corner, short * rng.uniform(0.18, 0.3), rng)
    _paste(canvas, bank.draw(cls, rng), (w / 2 + rng.uniform(-0.1, 0.1) * w, h / 2 + rng.uniform(-0.1, 0.1) * h),
           short * rng.uniform(0.45, 0.7), rng)


def _closeup(canvas: Image.Image, cls: str, bank: FruitBank, rng: np.random.Generator) -> None:
    w, h = canvas.size
    side = max(w, h) * rng.uniform(0.9, 1.5)
    _paste(canvas, bank.draw(cls, rng), (w / 2 + rng.uniform(-0.2, 0.2) * w, h / 2 + rng.uniform(-0.2, 0.2) * h),
           side, rng, light=rng.uniform(0.8, 1.1))


def _inner_box(w: int, h: int, rng: np.random.Generator) -> tuple[int, int, int, int]:
    mx, my = int(w * rng.uniform(0.0, 0.15)), int(h * rng.uniform(0.0, 0.15))
    return (mx, my, w - int(w * rng.uniform(0.0, 0.15)), h - int(h * rng.uniform(0.0, 0.15)))


def camera(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """Phone-camera look: exposure, contrast, saturation, white-balance cast, noise, blur, JPEG."""
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.6, 1.35))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.7, 1.3))
    img = ImageEnhance.Color(img).enhance(rng.uniform(0.7, 1.35))
    arr = np.asarray(img).astype(np.float32) * rng.uniform(0.86, 1.14, 3)
    if rng.random() < 0.5:
        arr += rng.normal(0, rng.uniform(2, 10), arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.35:
        img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.8)))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=int(rng.integers(45, 93)))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
