"""What a scene stands on: a crop of a real photo, or a procedural table, wall or crate texture."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter
import numpy as np


def load_photos(paths: list[Path], longest: int = 640) -> list[Image.Image]:
    """Decode once, shrunk (JPEG draft) so thousands of crops stay cheap."""
    photos = []
    for path in paths:
        try:
            img = Image.open(path)
            img.draft("RGB", (longest, longest))
            img = img.convert("RGB")
            img.thumbnail((longest, longest))
            photos.append(img)
        except OSError:
            continue
    return photos


def backdrop(width: int, height: int, photos: list[Image.Image], rng: np.random.Generator,
             photo_share: float = 0.6) -> Image.Image:
    """A photo crop (``photo_share`` of the time) or a procedural surface."""
    if photos and rng.random() < photo_share:
        return photo_crop(width, height, photos, rng)
    return texture(width, height, rng)


def photo_crop(width: int, height: int, photos: list[Image.Image], rng: np.random.Generator) -> Image.Image:
    photo = photos[int(rng.integers(len(photos)))]
    scale = max(width / photo.width, height / photo.height) * rng.uniform(1.0, 2.2)
    big = photo.resize((int(photo.width * scale) + 1, int(photo.height * scale) + 1), Image.BILINEAR)
    x, y = int(rng.integers(0, big.width - width + 1)), int(rng.integers(0, big.height - height + 1))
    crop = big.crop((x, y, x + width, y + height))
    return crop.transpose(Image.FLIP_LEFT_RIGHT) if rng.random() < 0.5 else crop


def texture(width: int, height: int, rng: np.random.Generator) -> Image.Image:
    kind = rng.choice(["noise", "gradient", "stripes", "wood", "tiles", "cloth"])
    base = rng.uniform(30, 230, 3)
    yy, xx = np.mgrid[:height, :width].astype(np.float32)
    if kind == "noise":
        img = base + rng.normal(0, rng.uniform(5, 30), (height, width, 3))
    elif kind == "gradient":
        t = (xx / width * rng.uniform(-1, 1) + yy / height * rng.uniform(-1, 1))[..., None]
        img = base * (1 - t) + rng.uniform(30, 230, 3) * t + rng.normal(0, 5, (height, width, 3))
    elif kind == "stripes":
        period = rng.uniform(5, 40)
        img = (
            base + rng.uniform(15, 45) * np.sign(np.sin(2 * np.pi * (xx + yy * rng.uniform(-1, 1)) / period))[..., None]
        )
    elif kind == "wood":
        grain = np.sin(yy / rng.uniform(2, 9) + 4 * np.sin(xx / rng.uniform(15, 60)))
        img = np.array([150, 100, 60]) * rng.uniform(0.5, 1.3) + 25 * grain[..., None]
    elif kind == "tiles":
        step = rng.uniform(20, 70)
        grout = ((xx % step) < 3) | ((yy % step) < 3)
        img = np.where(grout[..., None], base * 0.6, base) + rng.normal(0, 4, (height, width, 3))
    else:  # woven cloth
        img = base + 12 * (np.sin(xx / 1.5) * np.sin(yy / 1.5))[..., None] + rng.normal(0, 6, (height, width, 3))
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))


def crate(canvas: Image.Image, box: tuple[int, int, int, int], rng: np.random.Generator) -> None:
    """A shop bin: a coloured rim and a darker floor where the fruit lies."""
    draw = ImageDraw.Draw(canvas)
    colour = tuple(
        int(c)
        for c in rng.choice([[40, 40, 40], [120, 80, 40], [30, 110, 60], [150, 30, 30], [200, 200, 200], [60, 60, 140]])
    )
    floor = tuple(int(c * 0.45) for c in colour)
    rim = int(rng.integers(4, 14))
    draw.rectangle(box, fill=floor, outline=colour, width=rim)


def price_tag(canvas: Image.Image, rng: np.random.Generator) -> None:
    """A small card with dark 'text' strokes at an edge, as in every shop photo."""
    w, h = canvas.size
    tw, th = int(w * rng.uniform(0.15, 0.3)), int(h * rng.uniform(0.08, 0.16))
    x = int(rng.uniform(0, w - tw))
    y = int(rng.choice([rng.uniform(0, h * 0.1), rng.uniform(h * 0.8, h - th)]))
    card = tuple(int(c) for c in rng.choice([[250, 250, 245], [250, 220, 40], [20, 20, 20], [230, 40, 40]]))
    ink = (20, 20, 20) if sum(card) > 300 else (250, 250, 250)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((x, y, x + tw, y + th), fill=card)
    for line in range(int(rng.integers(1, 4))):
        ly = y + int(th * (0.25 + 0.25 * line))
        lx = x + int(tw * 0.1)
        while lx < x + tw * 0.85:
            seg = int(rng.uniform(3, tw * 0.2))
            draw.line((lx, ly, min(lx + seg, x + tw - 3), ly), fill=ink, width=max(1, th // 8))
            lx += seg + int(rng.uniform(2, 6))


def hand(canvas: Image.Image, centre: tuple[float, float], size: float, rng: np.random.Generator) -> None:
    """A skin-toned palm and fingers under a held fruit (a rough shape: the colour and context matter)."""
    skins = [[224, 172, 138], [198, 134, 99], [141, 85, 54], [255, 205, 170], [170, 110, 80]]
    tone = np.array(skins[int(rng.integers(len(skins)))]) * rng.uniform(0.8, 1.1)
    fill = tuple(int(c) for c in np.clip(tone, 0, 255))
    layer = Image.new("L", canvas.size, 0)
    draw = ImageDraw.Draw(layer)
    cx, cy = centre
    r = size * 0.6
    draw.ellipse((cx - r, cy - r * 0.2, cx + r, cy + r * 1.2), fill=255)
    for k in range(4):
        fx = cx - r + (k + 0.5) * (2 * r / 4)
        draw.rounded_rectangle(
            (fx - r * 0.16, cy - r * 0.9, fx + r * 0.16, cy + r * 0.2), radius=int(r * 0.15), fill=255
        )
    if cy + r < canvas.size[1]:  # wrist/arm down to the edge
        draw.rectangle((cx - r * 0.7, cy + r, cx + r * 0.7, canvas.size[1]), fill=255)
    canvas.paste(Image.new("RGB", canvas.size, fill), (0, 0), layer.filter(ImageFilter.GaussianBlur(2)))
