"""The Porter stemming algorithm (https://tartarus.org/martin/PorterStemmer/).

Taken from Whoosh 2.7 (`whoosh/lang/porter.py`) when the index moved to SQLite, so that
English words stem exactly as before. Copyright 2008 Matt Chaput. All rights reserved.
Redistribution and use in source and binary forms, with or without modification, are
permitted provided that redistributions of source code retain this copyright notice, this
list of conditions and the following disclaimer, and redistributions in binary form reproduce
them in the documentation and/or other materials provided with the distribution.
THIS SOFTWARE IS PROVIDED BY MATT CHAPUT "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A
PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL MATT CHAPUT OR CONTRIBUTORS BE LIABLE FOR
ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT
NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR
BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT,
STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

import re

_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}

_VOWEL = "[aeiouy]"
_CONS_SEQ = "[^aeiouy]+"
_VOWEL_SEQ = "[aeiou]+"
_M_GT_0 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}")
_M_EQ_1 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}({_VOWEL_SEQ})?$")
_M_GT_1 = re.compile(f"^({_CONS_SEQ})?{_VOWEL_SEQ}{_CONS_SEQ}{_VOWEL_SEQ}{_CONS_SEQ}")
_VOWEL_IN_STEM = re.compile(f"^({_CONS_SEQ})?{_VOWEL}")
_CVC = re.compile(f"^{_CONS_SEQ}{_VOWEL}[^aeiouwxy]$")

_ED_ING = re.compile("^(.*)(ed|ing)$")
_AT_BL_IZ = re.compile("(at|bl|iz)$")
_DOUBLE = re.compile("([^aeiouylsz])\\1$")
_SUFFIX2 = re.compile(f"^(.+?)({'|'.join(_STEP2)})$")
_SUFFIX3 = re.compile(f"^(.+?)({'|'.join(_STEP3)})$")
_SUFFIX4 = re.compile(
    "^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_SUFFIX4_ION = re.compile("^(.+?)(s|t)(ion)$")
_FINAL_E = re.compile("^(.+?)e$")


def stem(word: str) -> str:  # noqa: PLR0912 - the algorithm's steps, in order
    """The word without its English suffixes: fundamentally → fundament."""
    if len(word) < 3:
        return word
    w = word
    first_is_y = w[0] == "y"
    if first_is_y:
        w = "Y" + w[1:]

    # Step 1a
    if w.endswith("s"):
        if w.endswith(("sses", "ies")):
            w = w[:-2]
        elif w[-2] != "s":
            w = w[:-1]

    # Step 1b
    if w.endswith("eed"):
        if _M_GT_0.match(w[:-3]):
            w = w[:-1]
    elif m := _ED_ING.match(w):
        base = m.group(1)
        if _VOWEL_IN_STEM.match(base):
            w = base
            if _AT_BL_IZ.match(w):
                w += "e"
            elif _DOUBLE.match(w):
                w = w[:-1]
            elif _CVC.match(w):
                w += "e"

    # Step 1c
    if w.endswith("y") and _VOWEL_IN_STEM.match(w[:-1]):
        w = w[:-1] + "i"

    # Steps 2 and 3
    for suffixes, replacements in ((_SUFFIX2, _STEP2), (_SUFFIX3, _STEP3)):
        if (m := suffixes.match(w)) and _M_GT_0.match(m.group(1)):
            w = m.group(1) + replacements[m.group(2)]

    # Step 4
    if m := _SUFFIX4.match(w):
        if _M_GT_1.match(m.group(1)):
            w = m.group(1)
    elif (m := _SUFFIX4_ION.match(w)) and _M_GT_1.match(m.group(1) + m.group(2)):
        w = m.group(1) + m.group(2)

    # Step 5
    if m := _FINAL_E.match(w):
        base = m.group(1)
        if _M_GT_1.match(base) or (_M_EQ_1.match(base) and not _CVC.match(base)):
            w = base
    if w.endswith("ll") and _M_GT_1.match(w):
        w = w[:-1]

    if first_is_y:
        w = "y" + w[1:]
    return w
