"""The generated pictures the demo uses, with alternative texts in both languages.

Images are shared by both languages (Wagtail images are not translated); only the
alternative text, which lives on the page or block, is.
"""

# key -> drawing parameters, title in the image library, alternative text
PHOTOS = {
    "dusk": {
        "palette": "dusk",
        "seed": 3,
        "title": "Platshållarbild (genererad): fjäll i skymningsljus",
        "alt": {
            "sv": "Illustration: blå fjällkedjor i skymningsljus som speglar sig i en stilla fjord.",
            "nb": "Illustrasjon: blå fjellrekker i skumringslys som speiler seg i en stille fjord.",
        },
    },
    "fjord": {
        "palette": "fjord",
        "seed": 2,
        "title": "Platshållarbild (genererad): fjord en klar morgon",
        "alt": {
            "sv": "Illustration: en fjord en klar morgon med blå berg på båda sidor.",
            "nb": "Illustrasjon: en fjord en klar morgen med blå fjell på begge sider.",
        },
    },
    "aurora": {
        "palette": "aurora",
        "seed": 3,
        "title": "Platshållarbild (genererad): norrsken över fjällen",
        "alt": {
            "sv": "Illustration: grönt norrsken över mörka fjäll och en stilla sjö.",
            "nb": "Illustrasjon: grønt nordlys over mørke fjell og et stille vann.",
        },
    },
    "summer": {
        "palette": "summer",
        "seed": 4,
        "title": "Platshållarbild (genererad): gröna fjäll en sommardag",
        "alt": {
            "sv": "Illustration: gröna fjäll och en sjö i sommarsol.",
            "nb": "Illustrasjon: grønne fjell og et vann i sommersol.",
        },
    },
    "autumn": {
        "palette": "autumn",
        "seed": 5,
        "title": "Platshållarbild (genererad): höstfärgade berg i motljus",
        "alt": {
            "sv": "Illustration: bruna och gyllene höstberg i motljus vid en sjö.",
            "nb": "Illustrasjon: brune og gylne høstfjell i motlys ved et vann.",
        },
    },
    "winter": {
        "palette": "winter",
        "seed": 6,
        "title": "Platshållarbild (genererad): vinterfjäll i blått",
        "alt": {
            "sv": "Illustration: ljusblå vinterfjäll under en blek himmel.",
            "nb": "Illustrasjon: lyseblå vinterfjell under en blek himmel.",
        },
    },
    "midsummer": {
        "palette": "midsummer",
        "seed": 7,
        "title": "Platshållarbild (genererad): midnattssol över fjällen",
        "alt": {
            "sv": "Illustration: midnattssol i rosa och gult över violetta fjäll vid en sjö.",
            "nb": "Illustrasjon: midnattssol i rosa og gult over fiolette fjell ved et vann.",
        },
    },
    "spring": {
        "palette": "spring",
        "seed": 8,
        "title": "Platshållarbild (genererad): vårgröna berg vid en fjord",
        "alt": {
            "sv": "Illustration: vårgröna berg och en lugn fjord under en ljus himmel.",
            "nb": "Illustrasjon: vårgrønne fjell og en rolig fjord under en lys himmel.",
        },
    },
}

EMBLEM_TITLE = "PLATSHÅLLARE: Interreg Sverige-Norge med EU-emblem (ersätt med den officiella logotypen)"


def alt(r, key):
    return r(**PHOTOS[key]["alt"])
