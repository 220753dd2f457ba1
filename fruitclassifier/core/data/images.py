"""The one image loader for every path into the app: files, folders, clipboard, drag-and-drop.

Why one loader: training, inference, evaluation and the GUI must see *the same*
pixels for the same file, or a model that scores 99 % in training mis-classifies
the very photo the user drops on the window. Every decode goes through
``open_rgb``/``load_array`` here, and every failure becomes an ``ImageError``
carrying one human line, so callers never have to know Pillow's zoo of
exception types (OSError, SyntaxError, ValueError, struct.error, ...).

No TensorFlow here: the GUI shows thumbnails and scans folders before TF loads.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
import stat
from typing import BinaryIO

from PIL import Image, ImageOps, UnidentifiedImageError
import numpy as np

from fruitclassifier.errors import UserError
from fruitclassifier.text import QT_TRANSLATE_NOOP, Text

try:  # HEIC/HEIF photos from phones, only when the optional plugin is installed.
    import pillow_heif  # type: ignore[import-not-found]

    pillow_heif.register_heif_opener()
except Exception:  # noqa: BLE001 - absent or broken plugin just means "no HEIC"
    pillow_heif = None

#: Largest image we decode (≈ a 9500×9500 photo); bigger files are refused as "too large".
MAX_PIXELS = 90_000_000

#: Suffixes listed when scanning folders (anything else is only taken if its bytes look like an image).
IMAGE_EXTENSIONS = frozenset(
    {".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".heic", ".heif"}
)

#: Transparent pixels become white: Fruits-360 photos (the training data) are shot on white.
BACKGROUND = (255, 255, 255)

_ORIENTATION = 0x0112  # EXIF tag
_HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif")


class ImageError(UserError):
    """A file that cannot be used as an image; ``reason`` is one line a user can act on (marked for the window's
    translation: a ``Text`` or a ``QT_TRANSLATE_NOOP`` string in the "core" context)."""

    def __init__(self, path: str | os.PathLike, reason: str) -> None:
        self.path = str(path)
        self.reason = reason if isinstance(reason, Text) else Text(reason)  # translated inside the message too
        super().__init__(Text(QT_TRANSLATE_NOOP("core", "{name}: {reason}"), name=Path(self.path).name,
                              reason=self.reason))

    def __reduce__(self):  # picklable (multiprocessing, tf.numpy_function error paths)
        return (type(self), (self.path, self.reason))


def looks_like_image(path: str | os.PathLike) -> bool:
    """Cheap magic-bytes sniff (≤ 32 bytes read): does this file start like an image we decode?"""
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
    except OSError:
        return False
    return _sniff(head)


def _sniff(head: bytes) -> bool:
    if head.startswith((b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a", b"BM")):
        return True
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return True
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return True
    return head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS


def open_rgb(path: str | os.PathLike) -> Image.Image:
    """Fully decoded RGB image with EXIF orientation applied; raises only ImageError."""
    return _load_file(path)


def image_from_bytes(data: bytes, name: str = "clipboard") -> Image.Image:
    """Decode bytes (clipboard, drag-and-drop payload, download) exactly as a file would be."""
    if not data:
        raise ImageError(name, QT_TRANSLATE_NOOP("core", "empty file (0 bytes)"))
    return _decode(io.BytesIO(data), name)


def load_array(path: str | os.PathLike, size: int) -> np.ndarray:
    """Model input for one file: uint8 (size, size, 3), centre-cropped and resized.

    Same result as ``to_square_array(open_rgb(path), size)`` except that large
    JPEGs are decoded at a reduced DCT scale first (Image.draft), which is several
    times faster for phone photos and just as sharp after the final resize.
    """
    return to_square_array(_load_file(path, draft=size), size)


def thumbnail(path: str | os.PathLike, size: int) -> Image.Image:
    """RGB preview that fits in size×size with its aspect ratio kept (for lists and galleries)."""
    img = _load_file(path, draft=size)
    img.thumbnail((size, size), Image.Resampling.BILINEAR, reducing_gap=2.0)
    return img


def verify(path: str | os.PathLike) -> None:
    """Raise ImageError if the file cannot be decoded; cheap (JPEGs decode at 1/8 scale)."""
    _load_file(path, draft=1)


def to_square_array(img: Image.Image, size: int) -> np.ndarray:
    """Centre-crop to a square and resize to size×size; uint8 (size, size, 3).

    Cropping (rather than squashing) keeps round fruit round, as in Fruits-360.
    """
    if img.mode != "RGB":
        img = normalize(img)
    w, h = img.size
    side = min(w, h)
    if w != h:  # crop first: resize(box=...) would blend in pixels from outside the square
        left, top = (w - side) // 2, (h - side) // 2
        img = img.crop((left, top, left + side, top + side))
    if side != size:
        gap = 2.0 if side >= 2 * size else None
        img = img.resize((size, size), Image.Resampling.BILINEAR, reducing_gap=gap)
    return np.array(img, dtype=np.uint8).reshape(size, size, 3)


def normalize(img: Image.Image) -> Image.Image:
    """EXIF orientation applied and converted to RGB, transparency composited on white."""
    try:
        # Checked first because exif_transpose copies even upright images (the hot path).
        if img.getexif().get(_ORIENTATION, 1) in range(2, 9):
            img = ImageOps.exif_transpose(img)
    except Exception:  # noqa: BLE001 - a broken EXIF block must not cost the picture
        pass
    return _to_rgb(img)


def _to_rgb(img: Image.Image) -> Image.Image:
    mode = img.mode
    if mode == "RGB" and "transparency" not in img.info:
        return img
    if mode.startswith("I;16") or mode in ("I", "F"):
        return _high_depth_to_rgb(img)
    if mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info:
        return _flatten_alpha(img)
    try:
        return img.convert("RGB")
    except (ValueError, OSError):
        reason = Text(QT_TRANSLATE_NOOP("core", "unsupported colour mode {mode}"), mode=mode)
        raise ImageError("image", reason) from None


def _flatten_alpha(img: Image.Image) -> Image.Image:
    rgba = img.convert("RGBA")
    out = Image.new("RGB", rgba.size, BACKGROUND)
    out.paste(rgba, mask=rgba.getchannel("A"))
    return out


def _high_depth_to_rgb(img: Image.Image) -> Image.Image:
    """16-bit, 32-bit integer and float greyscale to 8-bit: scale by the type's range.

    Pillow's own convert("L") clips (65535 → 255, 300 → 255), which turns every
    16-bit photo white; we scale instead. "I" images whose values fit in 0..255
    are taken as 8-bit, those fitting 0..65535 as 16-bit; "F" in 0..1 is scaled ×255.
    """
    arr = np.asarray(img).astype(np.float32)
    top = float(arr.max()) if arr.size else 0.0
    if img.mode.startswith("I;16") or (img.mode == "I" and 255 < top <= 65535):
        arr = arr / 257.0
    elif img.mode == "I" and top > 65535:
        arr = arr * np.float32(255.0 / top)
    elif img.mode == "F" and top <= 1.0:
        arr = arr * 255.0
    grey = np.clip(np.rint(arr), 0, 255).astype(np.uint8)
    return Image.fromarray(np.stack([grey] * 3, axis=-1))


def _load_file(path: str | os.PathLike, draft: int | None = None) -> Image.Image:
    """Check the file itself (exists, readable, not a folder, not empty), then decode it."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise ImageError(path, QT_TRANSLATE_NOOP("core", "a folder, not an image file"))
        if info.st_size == 0:
            raise ImageError(path, QT_TRANSLATE_NOOP("core", "empty file (0 bytes)"))
        fh = open(path, "rb")
    except ImageError:
        raise
    except Exception as exc:  # noqa: BLE001 - mapped to one human line
        raise ImageError(path, _os_reason(exc)) from None
    with fh:
        return _decode(fh, path, draft)


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return QT_TRANSLATE_NOOP("core", "file not found")
    if isinstance(exc, PermissionError):
        return QT_TRANSLATE_NOOP("core", "permission denied")
    if isinstance(exc, IsADirectoryError):
        return QT_TRANSLATE_NOOP("core", "a folder, not an image file")
    if isinstance(exc, OSError) and exc.strerror:
        return Text(QT_TRANSLATE_NOOP("core", "cannot read the file ({error})"), error=exc.strerror.lower())
    return QT_TRANSLATE_NOOP("core", "cannot read the file")


def _decode(fh: BinaryIO, name: str | os.PathLike, draft: int | None = None) -> Image.Image:
    """Header, size guard, optional JPEG draft, full decode and normalisation; only ImageError escapes."""
    try:
        img = Image.open(fh)
        _check_size(img, name)
        if draft and img.format in ("JPEG", "MPO"):
            img.draft(None, (draft, draft))
        img.load()
        return normalize(img)
    except ImageError as exc:
        raise ImageError(name, exc.reason) from None
    except UnidentifiedImageError:
        raise ImageError(name, _unidentified_reason(fh)) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageError(name, QT_TRANSLATE_NOOP("core", "too large (over the decoder's safety limit)")) from None
    except MemoryError:
        raise ImageError(name, QT_TRANSLATE_NOOP("core", "too large (not enough memory to decode)")) from None
    except Exception as exc:  # noqa: BLE001 - OSError, SyntaxError, ValueError, struct.error, ...
        raise ImageError(name, _decode_reason(exc)) from None


def _unidentified_reason(fh: BinaryIO) -> str:
    try:
        fh.seek(0)
        head = fh.read(32)
    except (OSError, ValueError):
        head = b""
    if pillow_heif is None and head[4:8] == b"ftyp" and head[8:12] in _HEIF_BRANDS and head[8:12] != b"avif":
        return QT_TRANSLATE_NOOP("core", "not an image we can read: HEIC photos need the optional pillow-heif package")
    return QT_TRANSLATE_NOOP("core", "not an image (or a format we cannot read)")


def _check_size(img: Image.Image, name: str | os.PathLike) -> None:
    w, h = img.size
    if w * h > MAX_PIXELS:
        raise ImageError(name, Text(QT_TRANSLATE_NOOP("core", "too large ({megapixels} megapixels, limit {limit})"),
                                    megapixels=f"{w * h / 1e6:.0f}", limit=f"{MAX_PIXELS / 1e6:.0f}"))
    if w < 1 or h < 1:
        raise ImageError(name, QT_TRANSLATE_NOOP("core", "truncated or damaged image (zero width or height)"))


def _decode_reason(exc: BaseException) -> str:
    if isinstance(exc, PermissionError):
        return QT_TRANSLATE_NOOP("core", "permission denied")
    return QT_TRANSLATE_NOOP("core", "truncated or damaged image")
