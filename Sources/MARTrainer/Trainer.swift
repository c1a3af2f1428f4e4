import MARCore
import CReadline
