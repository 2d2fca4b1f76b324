"""Build tiny, random-weight Marian translation models for tests and benchmarks.

No translation weights can be downloaded here, so the hf and ct2 code paths are exercised on
models this module makes: a SentencePiece model trained on a few lines, a MarianTokenizer and a
MarianMTModel with random weights, saved exactly as an OPUS-MT model is laid out on the Hub.
The translations are nonsense, but every step of loading, batching, generation, conversion and
scoring is the real one.
"""
from __future__ import annotations

import json
from pathlib import Path

# Lines the SentencePiece model learns its pieces from: news English plus a few pivot words.
_CORPUS = """\
Iraq is taking steps to halt the movement of militants along its border with Syria.
The border between the two countries is controlled by a variety of forces.
One of the biggest challenges is that there is no single security partner on the other side.
The army spokesman said on Monday that security forces are focusing their operations.
Authorities said that seven kilograms of drugs were seized in the capital.
Nearly 20 drug dealers were arrested for running a network across the country.
Despite the government announcing victory in 2017, cells still stage attacks.
Security experts believe that controlling the border is a cause for concern.
Deputy commander of the Joint Operations Command meets troops on January 18, 2021.
O Iraque está tomando medidas para deter o movimento de militantes na fronteira.
A fronteira entre os dois países é controlada por uma variedade de forças.
Autoridades disseram que sete quilos de drogas foram apreendidos na capital.
""".splitlines()


def build_tiny_marian(out_dir: str | Path, *, seed: int = 0, d_model: int = 64, layers: int = 2,
                      heads: int = 4, ffn_dim: int = 128, vocab_size: int = 300,
                      corpus: list[str] | None = None, pad_vocab_to: int = 0) -> Path:
    """Save a random MarianMTModel + MarianTokenizer to ``out_dir`` and return the path.

    Defaults give about 0.1 M parameters (a few seconds to build); the benchmark passes OPUS-MT
    sizes (d_model 512, 6+6 layers, vocab ~62k) to get the real model's cost; ``pad_vocab_to``
    then adds unused entries, since a few lines cannot train 62k SentencePiece pieces.
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    lines = corpus or _CORPUS
    (out / "corpus.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(out / "corpus.txt"), model_prefix=str(out / "spm"), vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        bos_id=-1, eos_id=-1, unk_id=0, pad_id=-1, minloglevel=2, num_threads=1)
    (out / "corpus.txt").unlink()
    (out / "spm.model").replace(out / "source.spm")
    (out / "spm.vocab").unlink()
    (out / "target.spm").write_bytes((out / "source.spm").read_bytes())

    # OPUS-MT layout: </s> = 0, <unk> = 1, the pieces, <pad> last (also the decoder start).
    sp = spm.SentencePieceProcessor(model_file=str(out / "source.spm"))
    vocab = {"</s>": 0, "<unk>": 1}
    for i in range(sp.get_piece_size()):
        piece = sp.id_to_piece(i)
        if piece not in vocab:
            vocab[piece] = len(vocab)
    while len(vocab) < pad_vocab_to - 1:
        vocab[f"\u2581unused{len(vocab)}"] = len(vocab)
    vocab["<pad>"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")

    tokenizer = MarianTokenizer(source_spm=str(out / "source.spm"), target_spm=str(out / "target.spm"),
                                vocab=str(out / "vocab.json"))
    tokenizer.save_pretrained(out)

    torch.manual_seed(seed)
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
        encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn_dim,
        decoder_ffn_dim=ffn_dim, max_position_embeddings=512, pad_token_id=pad, eos_token_id=0,
        decoder_start_token_id=pad, forced_eos_token_id=0, bos_token_id=0,
        scale_embedding=True, share_encoder_decoder_embeddings=True)
    model = MarianMTModel(config).eval()
    model.generation_config.max_length = 64
    model.generation_config.num_beams = 1
    model.generation_config.bad_words_ids = [[pad]]
    model.save_pretrained(out)
    return out


if __name__ == "__main__":  # pragma: no cover - manual use: python tests/tiny_marian.py DIR
    import sys

    print(build_tiny_marian(sys.argv[1]))
