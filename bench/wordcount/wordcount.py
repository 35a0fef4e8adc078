# word count: the same algorithm as wordcount.go (a dict of lower-cased words from stdin).
import sys


def main():
    counts = {}
    total = 0
    for line in sys.stdin:
        for w in line.split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
            total += 1
    entries = sorted(counts.items(), key=lambda e: (-e[1], e[0]))
    print(total, len(counts))
    for w, c in entries[:10]:
        print("%-12s %d" % (w, c))


main()
