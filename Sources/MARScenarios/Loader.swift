import MARCore
