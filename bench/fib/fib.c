/* bench/fib: recursive fib(32) computed 4 times (the C baseline). */
#include <stdio.h>

static long fib(long n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  for (int i = 0; i < 4; i++) printf("%ld\n", fib(32));
  return 0;
}
