/** Internal: the Jackson serializer that writes a type through its codec. Not exported. */
@NullMarked
package org.engagement.json.ser;

import org.jspecify.annotations.NullMarked;
