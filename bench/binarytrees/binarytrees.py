# binary-trees at depth 18: the same algorithm as binarytrees.go (tuples as nodes, as the
# Benchmarks Game's fastest single-threaded Python does).
def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    depth -= 1
    return (bottom_up(depth), bottom_up(depth))


def check(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main():
    n = 18
    min_depth = 4
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(bottom_up(stretch))))
    long_lived = bottom_up(max_depth)
    for d in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - d + min_depth)
        c = 0
        for _ in range(iterations):
            c += check(bottom_up(d))
        print("%d\t trees of depth %d\t check: %d" % (iterations, d, c))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main()
