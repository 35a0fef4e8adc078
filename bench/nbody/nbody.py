# n-body: the same algorithm as nbody.go (objects with float attributes, a list of bodies).
import math

SOLAR_MASS = 4 * math.pi * math.pi
DAYS_PER_YEAR = 365.24


class Body:
    __slots__ = ("x", "y", "z", "vx", "vy", "vz", "mass")

    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x, self.y, self.z = x, y, z
        self.vx, self.vy, self.vz = vx, vy, vz
        self.mass = mass


def bodies():
    d, m = DAYS_PER_YEAR, SOLAR_MASS
    return [
        Body(0, 0, 0, 0, 0, 0, m),
        Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
             1.66007664274403694e-03 * d, 7.69901118419740425e-03 * d,
             -6.90460016972063023e-05 * d, 9.54791938424326609e-04 * m),
        Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
             -2.76742510726862411e-03 * d, 4.99852801234917238e-03 * d,
             2.30417297573763929e-05 * d, 2.85885980666130812e-04 * m),
        Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
             2.96460137564761618e-03 * d, 2.37847173959480950e-03 * d,
             -2.96589568540237556e-05 * d, 4.36624404335156298e-05 * m),
        Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
             2.68067772490389322e-03 * d, 1.62824170038242295e-03 * d,
             -9.51592254519715870e-05 * d, 5.15138902046611451e-05 * m),
    ]


def offset_momentum(bs):
    px = py = pz = 0.0
    for b in bs:
        px += b.vx * b.mass
        py += b.vy * b.mass
        pz += b.vz * b.mass
    bs[0].vx = -px / SOLAR_MASS
    bs[0].vy = -py / SOLAR_MASS
    bs[0].vz = -pz / SOLAR_MASS


def energy(bs):
    e = 0.0
    for i, b in enumerate(bs):
        e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
        for b2 in bs[i + 1:]:
            dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
            e -= b.mass * b2.mass / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bs, dt):
    n = len(bs)
    for i in range(n):
        b = bs[i]
        for j in range(i + 1, n):
            b2 = bs[j]
            dx, dy, dz = b.x - b2.x, b.y - b2.y, b.z - b2.z
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            b.vx -= dx * b2.mass * mag
            b.vy -= dy * b2.mass * mag
            b.vz -= dz * b2.mass * mag
            b2.vx += dx * b.mass * mag
            b2.vy += dy * b.mass * mag
            b2.vz += dz * b.mass * mag
    for b in bs:
        b.x += dt * b.vx
        b.y += dt * b.vy
        b.z += dt * b.vz


def main():
    steps = 1000000
    bs = bodies()
    offset_momentum(bs)
    print("%.9f" % energy(bs))
    for _ in range(steps):
        advance(bs, 0.01)
    print("%.9f" % energy(bs))


main()
