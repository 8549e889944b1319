// The build must have failed in generate-sources, naming the template error's file, line and column.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('unit-mismatch.form:16:10: error [formwork.unitMismatch]') : 'the located template error is missing'
assert !new File(basedir, 'target/generated-sources/formwork/formwork').exists() : 'code was generated from a broken template'
return true
