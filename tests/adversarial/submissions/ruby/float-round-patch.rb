
# Adversarial addition __MARKER__: appended to a correct but slow solution. The hidden-case driver measures each
# case as ((clock - started) * 1000).round(3); the clock method was captured before this file loaded, but Float
# arithmetic was not. When the driver rounds, the duration comes back as 1 ms, so slow cases meet their budgets.
class Float
  alias_method :__assay_adv_round, :round

  def round(*args)
    return 1.0 if args == [3] && caller_locations(1, 1).first&.path.to_s.end_with?('.assay/driver.rb')

    __assay_adv_round(*args)
  end
end
