# Writes wordcount's input to stdout: about 6 MB of text, 80-column lines of words drawn from a
# Zipf-like distribution over a 50,000-word vocabulary, with mixed case and punctuation-free
# tokens. Deterministic (its own LCG), so every language and every run counts the same text.
import sys


def main():
    seed = 12345

    def rnd():
        nonlocal seed
        seed = (seed * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)
        return seed >> 33

    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = []
    for _ in range(50000):
        n = 2 + rnd() % 9
        vocab.append("".join(letters[rnd() % 26] for _ in range(n)))
    out, line, size = [], [], 0
    while size < 6_000_000:
        # Zipf-like: the square of a uniform number skews towards the frequent words.
        u = rnd() / (1 << 31)
        w = vocab[int(u * u * u * len(vocab))]
        if rnd() % 10 == 0:
            w = w.capitalize()
        line.append(w)
        size += len(w) + 1
        if sum(len(x) + 1 for x in line) > 72:
            out.append(" ".join(line))
            line = []
    out.append(" ".join(line))
    sys.stdout.write("\n".join(out) + "\n")


main()
