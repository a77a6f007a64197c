/** Internal: the Jackson deserializer that reads a type through its codec. Not exported. */
@NullMarked
package org.engagement.json.deser;

import org.jspecify.annotations.NullMarked;
