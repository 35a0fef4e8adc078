# sort 1,000,000 ints: the same generator, list.sort(), and checksum as sortints.go.
def main():
    n = 1000000
    mask = (1 << 64) - 1
    seed = 42
    xs = [0] * n
    for i in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) & mask
        xs[i] = seed >> 33
    xs.sort()
    s = 0
    for i, x in enumerate(xs):
        s = (s * 31 + x * (i % 7 + 1)) % 1000000007
    ok = all(xs[i] <= xs[i + 1] for i in range(n - 1))
    print(xs[0], xs[n // 2], xs[n - 1], "true" if ok else "false", s)


main()
