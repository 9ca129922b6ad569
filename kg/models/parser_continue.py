"""Continue training a saved Stanza parser on new data without scrambling its vocabulary.

Stanza's ``--continue_from`` loads the saved model but indexes the new training file with a vocabulary built from that
file; when the new file's words, tags or relations come in a different order of frequency (a relabelled treebank,
predicted tags), the indices no longer match the model's embeddings and training fails or silently learns noise. This
wrapper runs Stanza's own trainer with the data loaders given the saved model's vocabulary.

Usage: ``python -m kg.models.parser_continue <stanza.models.parser arguments, including --continue_from FILE>``
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    import torch
    from stanza.models import parser
    from stanza.models.pos.vocab import MultiVocab

    source = argv[argv.index("--continue_from") + 1]
    vocab = MultiVocab.load_state_dict(torch.load(source, map_location="cpu", weights_only=False)["vocab"])
    loader = parser.DataLoader

    class SavedVocabLoader(loader):  # type: ignore[misc, valid-type]
        def __init__(self, *args, **kwargs):
            if len(args) < 5 and kwargs.get("vocab") is None:
                kwargs["vocab"] = vocab
            super().__init__(*args, **kwargs)

    parser.DataLoader = SavedVocabLoader
    parser.main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
