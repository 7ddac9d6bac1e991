"""Placeholder pictures for the demo content, drawn with Pillow.

No photographs ship with the project (their rights would need clearing), so the demo
draws calm landscape illustrations, wordmark logos, initials avatars and a clearly
labelled stand-in for the Interreg logo. Every drawing is seeded and so the same on
every run. Each function returns encoded image bytes.
"""

import io
import math
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter, ImageFont


@dataclass(frozen=True)
class Palette:
    sky_top: str
    sky_bottom: str
    ranges: tuple  # far to near
    water: str
    light: str = ""  # a sun or moon, if any
    aurora: str = ""


PALETTES = {
    "dusk": Palette("#27365f", "#f2a65a", ("#6d5a7e", "#463f62", "#2a2842"), "#33476b", light="#ffd8a8"),
    "fjord": Palette("#8ecae6", "#f1f7f4", ("#7fa7c2", "#45718f", "#1d3e57"), "#2b5876"),
    "aurora": Palette("#081225", "#1f3457", ("#2b3a55", "#1d2840", "#111827"), "#16233b", aurora="#5ef2b0"),
    "summer": Palette("#7fb8d8", "#e4f4f6", ("#8fb3a4", "#52796f", "#2f4b45"), "#3d6f7a", light="#fff6d5"),
    "autumn": Palette("#f6c28b", "#fff1c9", ("#b9835a", "#8a5a3b", "#5a3a24"), "#6d5a4a", light="#fff3d6"),
    "winter": Palette("#b8d8ea", "#f7fbfd", ("#d6e6f0", "#a9c6d9", "#7097b0"), "#5d86a0"),
    "midsummer": Palette("#f4b6c2", "#fff4d6", ("#b98aa6", "#86628a", "#4f3d63"), "#6f5a80", light="#fffbe8"),
    "spring": Palette("#a9d6e5", "#f4fbe9", ("#a7c4a0", "#6f9a6b", "#3f6b4a"), "#4f8076"),
}


def _encode(image, image_format):
    buffer = io.BytesIO()
    if image_format == "JPEG":
        image.convert("RGB").save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    else:
        image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _rgb(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _vertical_gradient(size, top, bottom):
    width, height = size
    strip = Image.new("RGB", (1, height))
    top, bottom = _rgb(top), _rgb(bottom)
    for y in range(height):
        strip.putpixel((0, y), _mix(top, bottom, y / max(height - 1, 1)))
    return strip.resize((width, height))


def _ridge(rng, width, base, amplitude, roughness):
    """A mountain ridge as polygon points: a few peaks smoothed by midpoint displacement."""
    points = [(0, base + rng.uniform(-amplitude, amplitude) / 2), (width, base)]
    spread = amplitude
    for _ in range(7):
        refined = []
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            refined.append((x1, y1))
            refined.append(((x1 + x2) / 2, (y1 + y2) / 2 + rng.uniform(-spread, spread)))
        refined.append(points[-1])
        points = refined
        spread *= roughness
    return points


def landscape(palette="fjord", size=(1600, 900), seed=1):
    """Sky, mountain ranges fading into the distance and a fjord that mirrors them (JPEG)."""
    colours = PALETTES[palette]
    rng = random.Random(seed)
    width, height = size
    horizon = int(height * 0.68)
    image = _vertical_gradient(size, colours.sky_top, colours.sky_bottom)

    if colours.aurora:
        glow = Image.new("RGBA", size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(glow)
        for band in range(3):
            offset = rng.uniform(0.15, 0.35) * height + band * height * 0.06
            points = [
                (x, offset + math.sin(x / width * math.pi * (1.5 + band) + band) * height * 0.08)
                for x in range(0, width + 40, 40)
            ]
            draw.line(points, fill=(*_rgb(colours.aurora), 120 - band * 30), width=int(height * 0.05))
        glow = glow.filter(ImageFilter.GaussianBlur(height * 0.04))
        image.paste(glow, (0, 0), glow)

    if colours.light:
        sun = Image.new("RGBA", size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(sun)
        cx, cy, radius = width * rng.uniform(0.6, 0.8), horizon * 0.45, height * 0.07
        draw.ellipse(
            (cx - radius * 2.5, cy - radius * 2.5, cx + radius * 2.5, cy + radius * 2.5),
            fill=(*_rgb(colours.light), 70),
        )
        sun = sun.filter(ImageFilter.GaussianBlur(radius))
        draw = ImageDraw.Draw(sun)
        draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(*_rgb(colours.light), 235))
        image.paste(sun, (0, 0), sun)

    land = Image.new("RGBA", size, (0, 0, 0, 0))
    for depth, colour in enumerate(colours.ranges):
        # Transparent pixels of the layer's own colour, so blurring leaves no dark halo.
        layer = Image.new("RGBA", size, (*_rgb(colour), 0))
        base = horizon - height * (0.24 - depth * 0.08)
        ridge = _ridge(rng, width, base, height * (0.22 - depth * 0.05), 0.52)
        ImageDraw.Draw(layer).polygon([*ridge, (width, horizon), (0, horizon)], fill=_rgb(colour))
        if depth == 0:
            # Distance softens the farthest range.
            layer = layer.filter(ImageFilter.GaussianBlur(2))
        land.alpha_composite(layer)
    image.paste(land, (0, 0), land)

    # The fjord: the scene above the horizon, mirrored, tinted and rippled.
    reflection = image.crop((0, horizon - (height - horizon), width, horizon)).transpose(
        Image.FLIP_TOP_BOTTOM
    )
    water = Image.new("RGB", reflection.size, _rgb(colours.water))
    reflection = Image.blend(reflection, water, 0.55).filter(ImageFilter.GaussianBlur(3))
    image.paste(reflection, (0, horizon))
    draw = ImageDraw.Draw(image)
    ripple = _mix(_rgb(colours.water), (255, 255, 255), 0.35)
    for _ in range(60):
        y = rng.uniform(horizon + 4, height)
        x = rng.uniform(0, width)
        length = rng.uniform(width * 0.02, width * 0.12) * (y - horizon) / (height - horizon)
        draw.line((x, y, x + length, y), fill=ripple, width=1 + int(2 * (y - horizon) / (height - horizon)))
    return _encode(image, "JPEG")


# Common system fonts with å, ä, ö, æ and ø; Pillow's built-in font lacks them.
FONT_NAMES = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "Arial.ttf", "Helvetica.ttc")
ASCII_FOLD = str.maketrans(
    {
        "å": "a",
        "ä": "a",
        "ö": "o",
        "ø": "o",
        "æ": "ae",
        "Å": "A",
        "Ä": "A",
        "Ö": "O",
        "Ø": "O",
        "Æ": "AE",
        "–": "-",
    }
)


def _font(size):
    for name in FONT_NAMES:
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _text(font, text):
    """The text as this font can draw it: folded to ASCII for Pillow's built-in font."""
    return text if isinstance(getattr(font, "path", None), str) else text.translate(ASCII_FOLD)


def wordmark(name, colour="#1d3e57", accent="#e07a5f", size=(640, 240)):
    """A simple logo: a geometric mark and the organisation's name on up to two lines (PNG)."""
    width, height = size
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    mark = height * 0.5
    top = (height - mark) / 2
    draw.ellipse((24, top, 24 + mark, top + mark), fill=_rgb(accent))
    draw.polygon(
        [
            (24 + mark * 0.2, top + mark * 0.78),
            (24 + mark * 0.5, top + mark * 0.22),
            (24 + mark * 0.8, top + mark * 0.78),
        ],
        fill=_rgb(colour),
    )
    name = _text(_font(12), name)
    words = name.split()
    lines = [name]
    if len(name) > 18 and len(words) > 1:
        middle = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(name) / 2))
        lines = [" ".join(words[:middle]), " ".join(words[middle:])]
    text_left = 24 + mark + 28
    font_size = int(height * (0.22 if len(lines) > 1 else 0.26))
    font = _font(font_size)
    while font_size > 12 and max(draw.textlength(line, font=font) for line in lines) > width - text_left - 16:
        font_size -= 2
        font = _font(font_size)
    line_height = font_size * 1.2
    y = (height - line_height * len(lines)) / 2
    for line in lines:
        draw.text((text_left, y), line, font=font, fill=_rgb(colour))
        y += line_height
    return _encode(image, "PNG")


def initials_avatar(name, colour="#45718f", size=400):
    """A round portrait stand-in with the person's initials (PNG)."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, size - 1, size - 1), fill=_rgb(colour))
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = _font(int(size * 0.38))
    draw.text((size / 2, size / 2), initials, font=font, fill=(255, 255, 255), anchor="mm")
    return _encode(image, "PNG")


def _star(cx, cy, outer, inner):
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def funding_emblem_placeholder(size=(720, 240)):
    """A stand-in for the Interreg Sverige-Norge logo with the EU emblem, marked as a placeholder (PNG).

    The real logo must come from the programme's communication kit; this only keeps
    the footer's layout honest until an editor uploads it.
    """
    width, height = size
    image = Image.new("RGB", size, (255, 255, 255))
    draw = ImageDraw.Draw(image)
    flag_height = height * 0.7
    flag = (16, (height - flag_height) / 2, 16 + flag_height * 1.5, (height + flag_height) / 2)
    draw.rectangle(flag, fill=_rgb("#003399"))
    cx, cy = (flag[0] + flag[2]) / 2, (flag[1] + flag[3]) / 2
    ring = flag_height / 3
    for i in range(12):
        angle = i * math.pi / 6
        draw.polygon(
            _star(
                cx + ring * math.cos(angle), cy + ring * math.sin(angle), flag_height / 18, flag_height / 45
            ),
            fill=_rgb("#ffcc00"),
        )
    left = flag[2] + 28
    draw.text((left, height * 0.18), "Interreg", font=_font(int(height * 0.22)), fill=_rgb("#003399"))
    font = _font(int(height * 0.13))
    draw.text((left, height * 0.45), _text(font, "Sverige – Norge"), font=font, fill=_rgb("#003399"))
    draw.text((left, height * 0.7), "PLACEHOLDER", font=_font(int(height * 0.09)), fill=_rgb("#b00020"))
    return _encode(image, "PNG")
