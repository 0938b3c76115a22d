"""Near-duplicate images: perceptual hashes survive resizing; different pictures do not link."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from thbwatch.link.config import LinkConfig
from thbwatch.link.images import image_key, phash_links, phash_value


def picture(path: Path, size: int, shapes: str) -> Path:
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    scale = size / 100
    if shapes == "circle":
        draw.ellipse([10 * scale, 10 * scale, 70 * scale, 70 * scale], fill="red")
        draw.rectangle([60 * scale, 60 * scale, 95 * scale, 95 * scale], fill="blue")
    else:
        draw.rectangle([0, 0, 50 * scale, 100 * scale], fill="black")
        draw.line([0, 100 * scale, 100 * scale, 0], fill="green", width=int(8 * scale))
    image.save(path)
    return path


def test_a_resized_copy_links_and_another_picture_does_not(tmp_path: Path) -> None:
    keys = [
        image_key(str(picture(tmp_path / "a.png", 200, "circle")), None),
        image_key("b.jpg", tmp_path) if picture(tmp_path / "b.jpg", 90, "circle") else "",
        image_key(str(picture(tmp_path / "c.png", 200, "bars")), None),
    ]
    assert all(key.startswith("phash:") for key in keys)
    hashes = np.asarray([phash_value(key) for key in keys], dtype=np.uint64)
    found = phash_links(np.asarray([1, 2, 3]), hashes, LinkConfig(image_max_distance=10))
    same = hashes[0] == hashes[1]
    pairs = set(zip(found.a.tolist(), found.b.tolist(), strict=True))
    assert pairs == (set() if same else {(1, 2)})  # equal hashes link as evidence instead
    assert (1, 3) not in pairs and (2, 3) not in pairs


def test_an_image_that_is_not_a_readable_file_is_kept_by_its_name(tmp_path: Path) -> None:
    assert image_key("photos/b753f0836085.jpg", tmp_path) == "ref:b753f0836085.jpg"
    assert image_key("https://cdn.example/x.jpg", None) == "ref:https://cdn.example/x.jpg"
