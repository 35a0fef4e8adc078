# string building: the same appends as builder.go into io.StringIO (Python's builder), then
# the same checksum over the UTF-8 bytes.
import io


def main():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    total = check = 0
    for _ in range(5):
        b = io.StringIO()
        w = b.write
        for i in range(2000000):
            k = i % 4
            if k == 0:
                w(words[i % len(words)])
            elif k == 1:
                w(chr(ord("a") + i % 26))
            elif k == 2:
                w(chr(0x3b1 + i % 24))
            else:
                w(" ")
        s = b.getvalue().encode()
        total += len(s)
        for i in range(0, len(s), 97):
            check = (check * 131 + s[i]) % 1000000007
    print(total, check)


main()
