"""core.images: every odd file a user can drop on the app decodes to the right RGB pixels or a clear ImageError."""

from __future__ import annotations

import io
import os
from pathlib import Path
import warnings

from PIL import Image
import numpy as np
import pytest

from fruitclassifier.core.data import images
from fruitclassifier.core.data.images import ImageError


def _save(img: Image.Image, path: Path, **kw) -> Path:
    img.save(path, **kw)
    return path


def _pixel(img: Image.Image, xy=(0, 0)) -> tuple[int, int, int]:
    assert img.mode == "RGB"
    return tuple(int(v) for v in np.asarray(img)[xy[1], xy[0]])


def _reason(path) -> str:
    with pytest.raises(ImageError) as info:
        images.open_rgb(path)
    err = info.value
    assert str(err) == f"{Path(path).name}: {err.reason}"
    assert err.path == str(path) and "\n" not in err.reason
    return err.reason


# ----------------------------------------------------------------------------- colour modes


def test_grey_png(tmp_path):
    path = _save(Image.new("L", (16, 16), 100), tmp_path / "g.png")
    assert _pixel(images.open_rgb(path)) == (100, 100, 100)


def test_bilevel(tmp_path):
    path = _save(Image.new("1", (16, 16), 1), tmp_path / "b.png")
    assert _pixel(images.open_rgb(path)) == (255, 255, 255)


def test_palette_with_transparency_becomes_white(tmp_path):
    img = Image.new("P", (16, 16), 0)
    img.putpalette([0, 0, 0, 10, 20, 30] + [0] * 762)
    img.paste(1, (8, 0, 16, 16))
    path = _save(img, tmp_path / "p.png", transparency=0)
    rgb = images.open_rgb(path)
    assert _pixel(rgb, (0, 0)) == (255, 255, 255)
    assert _pixel(rgb, (12, 0)) == (10, 20, 30)


def test_gif_palette(tmp_path):
    img = Image.new("RGB", (16, 16), (200, 0, 0)).convert("P", palette=Image.Palette.ADAPTIVE)
    rgb = images.open_rgb(_save(img, tmp_path / "a.gif"))
    assert _pixel(rgb) == (200, 0, 0)


def test_rgba_composited_on_white(tmp_path):
    arr = np.zeros((16, 16, 4), np.uint8)
    arr[:, :8] = (0, 0, 0, 0)  # fully transparent black → white
    arr[:, 8:] = (255, 0, 0, 128)  # half-transparent red → pink
    rgb = images.open_rgb(_save(Image.fromarray(arr, "RGBA"), tmp_path / "t.png"))
    assert _pixel(rgb, (0, 0)) == (255, 255, 255)
    r, g, b = _pixel(rgb, (12, 0))
    assert r == 255 and abs(g - 127) <= 1 and abs(b - 127) <= 1


def test_la_composited_on_white(tmp_path):
    arr = np.zeros((16, 16, 2), np.uint8)
    arr[:, :8] = (50, 0)
    arr[:, 8:] = (50, 255)
    rgb = images.open_rgb(_save(Image.fromarray(arr, "LA"), tmp_path / "la.png"))
    assert _pixel(rgb, (0, 0)) == (255, 255, 255)
    assert _pixel(rgb, (12, 0)) == (50, 50, 50)


def test_rgb_with_trns_colour_key(tmp_path):
    arr = np.zeros((16, 16, 3), np.uint8)
    arr[:, :8] = (0, 255, 0)
    arr[:, 8:] = (10, 20, 30)
    rgb = images.open_rgb(_save(Image.fromarray(arr), tmp_path / "k.png", transparency=(0, 255, 0)))
    assert _pixel(rgb, (0, 0)) == (255, 255, 255)
    assert _pixel(rgb, (12, 0)) == (10, 20, 30)


def test_16_bit_grey_is_scaled_not_clipped(tmp_path):
    arr = np.full((16, 16), 257 * 100, np.uint16)
    path = _save(Image.fromarray(arr), tmp_path / "deep.png")
    assert Image.open(path).mode in ("I;16", "I")
    assert _pixel(images.open_rgb(path)) == (100, 100, 100)


@pytest.mark.parametrize(
    "arr, expected",
    [
        (np.full((16, 16), 200, np.int32), 200),  # "I" within 8 bits: taken as is
        (np.full((16, 16), 257 * 40, np.int32), 40),  # "I" holding 16-bit values
        (np.full((16, 16), 0.5, np.float32), 128),  # "F" in 0..1
        (np.full((16, 16), 90.0, np.float32), 90),  # "F" in 0..255
    ],
)
def test_int32_and_float_modes(tmp_path, arr, expected):
    img = Image.fromarray(arr)
    assert img.mode in ("I", "F")
    path = _save(img, tmp_path / "x.tif")
    assert _pixel(images.open_rgb(path)) == (expected,) * 3
    assert _pixel(images.normalize(img)) == (expected,) * 3


def test_cmyk(tmp_path):
    img = Image.new("CMYK", (16, 16), (0, 255, 255, 0))
    assert _pixel(images.open_rgb(_save(img, tmp_path / "c.tif"))) == (255, 0, 0)
    jpeg = images.open_rgb(_save(img, tmp_path / "c.jpg", quality=95))
    r, g, b = _pixel(jpeg)
    assert r > 230 and g < 30 and b < 30


def test_exif_orientation_applied(tmp_path):
    arr = np.zeros((16, 32, 3), np.uint8)  # 32 wide, 16 high: left half red, right half blue
    arr[:, :16] = (255, 0, 0)
    arr[:, 16:] = (0, 0, 255)
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    path = _save(Image.fromarray(arr), tmp_path / "rot.jpg", exif=exif, quality=95)
    rgb = images.open_rgb(path)
    assert rgb.size == (16, 32)  # now portrait
    top, bottom = _pixel(rgb, (8, 4)), _pixel(rgb, (8, 28))
    assert top[0] > 200 and top[2] < 60  # the left (red) half is now on top
    assert bottom[2] > 200 and bottom[0] < 60


def test_png_named_jpg(tmp_path):
    path = _save(Image.new("RGB", (16, 16), (1, 2, 3)), tmp_path / "really_png.jpg", format="PNG")
    assert _pixel(images.open_rgb(path)) == (1, 2, 3)
    assert images.load_array(path, 8).shape == (8, 8, 3)


# ----------------------------------------------------------------------------- failures


def test_zero_bytes(tmp_path):
    path = tmp_path / "empty.jpg"
    path.write_bytes(b"")
    assert _reason(path) == "empty file (0 bytes)"


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_truncated(tmp_path, fmt):
    rng = np.random.default_rng(0)
    buf = io.BytesIO()
    Image.fromarray(rng.integers(0, 255, (32, 32, 3), dtype=np.uint8)).save(buf, format=fmt)
    path = tmp_path / f"cut.{fmt.lower()}"
    path.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    assert "truncated" in _reason(path)
    with pytest.raises(ImageError):
        images.load_array(path, 16)
    with pytest.raises(ImageError):
        images.verify(path)


def test_text_file(tmp_path):
    path = tmp_path / "notes.jpg"
    path.write_text("shopping list: apples, pears\n")
    assert _reason(path).startswith("not an image")


@pytest.mark.skipif(images.pillow_heif is not None, reason="pillow-heif installed: HEIC is readable")
def test_heic_without_plugin_says_what_to_install(tmp_path):
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64))
    assert images.looks_like_image(path)
    assert "pillow-heif" in _reason(path)


def test_missing_file(tmp_path):
    assert _reason(tmp_path / "nope.png") == "file not found"


def test_directory(tmp_path):
    assert "folder" in _reason(tmp_path)


def test_too_large_by_our_limit(tmp_path, monkeypatch):
    path = _save(Image.new("RGB", (32, 32)), tmp_path / "big.png")
    monkeypatch.setattr(images, "MAX_PIXELS", 100)
    assert _reason(path).startswith("too large")


def test_too_large_by_pillow_bomb_guard(tmp_path, monkeypatch):
    path = _save(Image.new("RGB", (32, 32)), tmp_path / "bomb.png")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)  # 1024 px > 2×100: DecompressionBombError
    assert _reason(path).startswith("too large")
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 600)  # between 1× and 2×: a warning, escalated here
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        assert _reason(path).startswith("too large")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX file modes")
def test_permission_denied(tmp_path):
    """A real unreadable file (mode 000). Root reads any file, so as root (CI) the read runs in a child
    whose capabilities are dropped (setpriv): the kernel then refuses it as it would an ordinary user."""
    import shutil
    import subprocess
    import sys

    path = _save(Image.new("RGB", (16, 16)), tmp_path / "secret.png")
    path.chmod(0)
    if os.geteuid() != 0:
        assert _reason(path) == "permission denied"
        return
    if not shutil.which("setpriv"):
        pytest.skip("running as root without util-linux's setpriv to drop root's read-anything capability")
    code = ("import sys; from fruitclassifier.core.data import images\n"
            "try:\n    images.open_rgb(sys.argv[1])\nexcept images.ImageError as e:\n    print(e.reason)")
    done = subprocess.run(["setpriv", "--bounding-set=-all", "--inh-caps=-all", sys.executable, "-c", code,
                           str(path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "permission denied"


def test_permission_denied_mapping_even_as_root(tmp_path, monkeypatch):
    path = _save(Image.new("RGB", (16, 16)), tmp_path / "locked.png")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(images, "open", refuse, raising=False)
    assert _reason(path) == "permission denied"


@pytest.mark.filterwarnings("ignore::UserWarning")  # Pillow warns about the corrupt TIFF/EXIF it then rejects
@pytest.mark.parametrize("head", [b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"GIF89a", b"BM", b"II*\x00",
                                  b"RIFF\x10\x00\x00\x00WEBPVP8 "])
def test_garbage_after_valid_magic_only_raises_image_error(tmp_path, head):
    """Random bytes behind a real signature are refused with a one-line ImageError, never decoded into pixels
    and never another exception (either would fail here)."""
    rng = np.random.default_rng(len(head))
    for i in range(5):
        path = tmp_path / f"junk{i}.img"
        path.write_bytes(head + rng.integers(0, 256, 64 * (i + 1), dtype=np.uint8).tobytes())
        with pytest.raises(ImageError) as info:
            images.load_array(path, 8)
        assert info.value.reason and "\n" not in info.value.reason


# ----------------------------------------------------------------------------- bytes, arrays, thumbnails


def test_image_from_bytes():
    buf = io.BytesIO()
    Image.new("RGBA", (16, 16), (0, 0, 0, 0)).save(buf, format="PNG")
    assert _pixel(images.image_from_bytes(buf.getvalue())) == (255, 255, 255)
    with pytest.raises(ImageError, match="clipboard: empty"):
        images.image_from_bytes(b"")
    with pytest.raises(ImageError, match="drop: not an image"):
        images.image_from_bytes(b"hello", name="drop")


def test_to_square_array_centre_crops():
    arr = np.zeros((20, 40, 3), np.uint8)
    arr[:, :10] = (255, 0, 0)
    arr[:, 10:30] = (0, 0, 255)
    arr[:, 30:] = (0, 255, 0)
    out = images.to_square_array(Image.fromarray(arr), 10)
    assert out.shape == (10, 10, 3) and out.dtype == np.uint8
    assert (out == (0, 0, 255)).all()
    same = images.to_square_array(Image.fromarray(arr[:, 10:30]), 20)
    assert np.array_equal(same, arr[:, 10:30])


def test_load_array_with_draft_matches_full_decode(tmp_path):
    yy, xx = np.mgrid[:600, :800]
    arr = np.stack([xx * 255 // 800, yy * 255 // 600, np.full_like(xx, 128)], -1).astype(np.uint8)
    path = _save(Image.fromarray(arr), tmp_path / "photo.jpg", quality=92)
    fast = images.load_array(path, 32).astype(int)
    full = images.to_square_array(images.open_rgb(path), 32).astype(int)
    assert fast.shape == (32, 32, 3)
    assert np.abs(fast - full).mean() < 3


def test_thumbnail_keeps_aspect(tmp_path):
    path = _save(Image.new("RGB", (64, 32), (9, 9, 9)), tmp_path / "wide.jpg")
    thumb = images.thumbnail(path, 16)
    assert thumb.size == (16, 8) and thumb.mode == "RGB"


def test_looks_like_image(tmp_path):
    for fmt, ext in [("PNG", "png"), ("JPEG", "jpg"), ("GIF", "gif"), ("BMP", "bmp"), ("TIFF", "tif"),
                     ("WEBP", "webp")]:
        path = _save(Image.new("RGB", (8, 8)), tmp_path / f"noext_{ext}", format=fmt)
        assert images.looks_like_image(path), fmt
    (tmp_path / "t.txt").write_text("hi")
    assert not images.looks_like_image(tmp_path / "t.txt")
    assert not images.looks_like_image(tmp_path / "missing")
    assert ".jpg" in images.IMAGE_EXTENSIONS and ".heic" in images.IMAGE_EXTENSIONS


def test_real_photos(real_images_dir):
    photos = sorted(real_images_dir.glob("*.jpg"))
    assert photos
    for photo in photos:
        arr = images.load_array(photo, 100)
        assert arr.shape == (100, 100, 3) and arr.dtype == np.uint8
        assert arr[0, 0].min() > 200  # Fruits-360: fruit on white
        assert arr.mean() < 250  # ... and there is a fruit
        assert images.load_array(photo, 32).shape == (32, 32, 3)
