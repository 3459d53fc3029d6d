"""The library's named failures. The CLI turns them into one-line messages in one place."""


class ExtractorError(Exception):
    """Base class: the message names the file (and page or setting) and says what to do."""


class BadInput(ExtractorError):
    """A file that cannot be read as a document; recorded with status ``failed``."""


class NotAPDF(BadInput):
    pass


class EncryptedPDF(BadInput):
    pass


class UnreadablePDF(BadInput):
    pass


class NeedsOCR(ExtractorError):
    """A PDF with no usable text layer (scanned, or glyphs without a Unicode mapping)."""


class OCRLanguageMissing(ExtractorError):
    """Tesseract is installed but has no data for a language asked for with --ocr-lang."""


class ConfigError(ExtractorError):
    """A pipeline setting that is missing or malformed; the message names file and key."""


class ModelNotFound(ExtractorError):
    """No spaCy English model is installed under the configured names."""


class MissingSetting(ConfigError, KeyError):
    """A key a settings loader needs is not in its file. Also a KeyError, so a loader that
    treats a key as optional (`except KeyError`) still can."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""
